package io.docmock.xml;

import io.docmock.model.SoapDetails;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed SOAP envelope: its version, from the envelope namespace, and the first element inside its Body (the
 * operation or its response), found by namespace URI and local name, never by prefix.
 */
public record SoapEnvelope(String soapVersion, Element body, Element operation) {

    /** The envelope in this document, or null when its root is not a SOAP 1.1 or 1.2 Envelope. */
    public static SoapEnvelope of(Document document) {
        Element root = document.getDocumentElement();
        if (root == null || !"Envelope".equals(root.getLocalName())) {
            return null;
        }
        String version;
        if (SoapDetails.SOAP_12_NS.equals(root.getNamespaceURI())) {
            version = "1.2";
        } else if (SoapDetails.SOAP_11_NS.equals(root.getNamespaceURI())) {
            version = "1.1";
        } else {
            return null;
        }
        Element body = SafeXml.child(root, root.getNamespaceURI(), "Body");
        if (body == null) {
            return new SoapEnvelope(version, null, null);
        }
        List<Element> children = SafeXml.childElements(body);
        return new SoapEnvelope(version, body, children.isEmpty() ? null : children.get(0));
    }
}

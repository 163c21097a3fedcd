package io.docmock.xml;

import io.docmock.model.SoapDetails;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A SOAP envelope (a documented sample or a request), read in one streaming pass with no DOM, DTDs and external
 * entities refused: whether it is well-formed XML, its root element, its SOAP version, and the first element in its
 * Body (the operation, its response or a Fault) with the local names of that element's children. Elements are
 * known by namespace URI and local name, never by prefix.
 *
 * @param problem            why the text is not well-formed XML, or null
 * @param problemLine        1-based line of that problem, 0 when unknown
 * @param rootNamespace      namespace URI of the root element ("" for none)
 * @param rootName           local name of the root element
 * @param soapVersion        1.1 or 1.2 when the root is a SOAP Envelope, else null
 * @param operationNamespace namespace URI of the first element in the Body, or null
 * @param operationName      local name of the first element in the Body, or null
 * @param children           local names of that element's child elements, in order
 */
public record SoapEnvelope(String problem, int problemLine, String rootNamespace, String rootName,
                           String soapVersion, String operationNamespace, String operationName,
                           List<String> children) {
    /** More children than any documented operation has: a hostile body cannot make the list grow without end. */
    private static final int MAX_CHILDREN = 10_000;

    public static SoapEnvelope read(byte[] xml) {
        try {
            return SafeXml.stream(xml, SoapEnvelope::read);
        } catch (XMLStreamException e) {
            return problem(e);
        }
    }

    public static SoapEnvelope read(String xml) {
        try {
            return SafeXml.stream(xml, SoapEnvelope::read);
        } catch (XMLStreamException e) {
            return problem(e);
        }
    }

    /** True when the text is well-formed XML whose root is a SOAP 1.1 or 1.2 Envelope. */
    public boolean isEnvelope() {
        return problem == null && soapVersion != null;
    }

    private static SoapEnvelope read(XMLStreamReader reader) throws XMLStreamException {
        String rootNs = null;
        String rootName = null;
        String operationNs = null;
        String operationName = null;
        List<String> children = new ArrayList<>();
        int depth = 0;
        int bodyDepth = -1;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                return new SoapEnvelope("a DOCTYPE is not allowed (entity declarations are refused)",
                        reader.getLocation().getLineNumber(), null, null, null, null, null, List.of());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                if (depth == 1) {
                    rootNs = ns;
                    rootName = reader.getLocalName();
                } else if (depth == 2 && bodyDepth == -1 && reader.getLocalName().equals("Body")
                        && ns.equals(rootNs)) {
                    bodyDepth = depth;
                } else if (bodyDepth > 0 && depth == bodyDepth + 1 && operationName == null) {
                    operationNs = ns;
                    operationName = reader.getLocalName();
                } else if (bodyDepth > 0 && depth == bodyDepth + 2 && operationName != null
                        && children.size() < MAX_CHILDREN) {
                    children.add(reader.getLocalName());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == bodyDepth || (depth == bodyDepth + 1 && operationName != null)) {
                    // the first Body, or its first element, has ended: nothing after it is the operation's
                    bodyDepth = Integer.MIN_VALUE;
                }
                depth--;
            }
        }
        if (rootName == null) {
            return new SoapEnvelope("no root element", 0, null, null, null, null, null, List.of());
        }
        String version = !"Envelope".equals(rootName) ? null : SoapDetails.SOAP_12_NS.equals(rootNs) ? "1.2"
                : SoapDetails.SOAP_11_NS.equals(rootNs) ? "1.1" : null;
        return new SoapEnvelope(null, 0, rootNs, rootName, version, operationNs, operationName, List.copyOf(children));
    }

    private static SoapEnvelope problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        // the JDK's reader puts "ParseError at [row,col]:[3,7]\nMessage: " before the message itself
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
        return new SoapEnvelope(message.replaceAll("\\s+", " ").strip(), line, null, null, null, null, null,
                List.of());
    }
}

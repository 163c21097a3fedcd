package io.docmock.mock.internal;

import io.docmock.model.SoapDetails;
import io.docmock.xml.SafeXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What validation needs of a SOAP request body, read in one streaming pass (no DOM, DTDs and external entities
 * off): whether it is well-formed XML, its envelope's SOAP version, and the first element in the Body with the
 * names of that element's children.
 *
 * @param problem        why the body is not well-formed XML, or null
 * @param rootNamespace  namespace URI of the root element
 * @param rootName       local name of the root element
 * @param soapVersion    1.1 or 1.2 when the root is a SOAP envelope, else null
 * @param operationNs    namespace URI of the first element in the Body, or null
 * @param operationName  local name of the first element in the Body, or null
 * @param children       local names of that element's child elements
 */
public record SoapBodyShape(String problem, String rootNamespace, String rootName, String soapVersion,
                            String operationNs, String operationName, List<String> children) {
    public static SoapBodyShape read(byte[] body) {
        String rootNs = null;
        String rootName = null;
        String operationNs = null;
        String operationName = null;
        List<String> children = new ArrayList<>();
        try {
            XMLStreamReader reader = SafeXml.streamReader(body);
            int depth = 0;
            int bodyDepth = -1;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    if (depth == 1) {
                        rootNs = ns;
                        rootName = reader.getLocalName();
                    } else if (depth == 2 && bodyDepth < 0 && reader.getLocalName().equals("Body")
                            && ns.equals(rootNs)) {
                        bodyDepth = depth;
                    } else if (bodyDepth > 0 && depth == bodyDepth + 1 && operationName == null) {
                        operationNs = ns;
                        operationName = reader.getLocalName();
                    } else if (bodyDepth > 0 && depth == bodyDepth + 2 && operationName != null
                            && children.size() < 10_000) {
                        children.add(reader.getLocalName());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == bodyDepth + 1 && operationName != null) {
                        bodyDepth = Integer.MIN_VALUE; // later Body elements are not the operation's
                    }
                    depth--;
                }
            }
            if (rootName == null) {
                return problem("no root element");
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            return problem(message);
        }
        String version = !"Envelope".equals(rootName) ? null : SoapDetails.SOAP_12_NS.equals(rootNs) ? "1.2"
                : SoapDetails.SOAP_11_NS.equals(rootNs) ? "1.1" : null;
        return new SoapBodyShape(null, rootNs, rootName, version, operationNs, operationName, children);
    }

    private static SoapBodyShape problem(String problem) {
        return new SoapBodyShape(problem, null, null, null, null, null, List.of());
    }
}

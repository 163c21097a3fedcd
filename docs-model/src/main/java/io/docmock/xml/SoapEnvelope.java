package io.docmock.xml;

import io.docmock.model.SoapDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SOAP envelope (a documented sample or a request), read in one streaming pass with no DOM, DTDs and external
 * entities refused: whether it is well-formed XML, its root element, its SOAP version, and its operation with the
 * local names of the operation element's children. The parser, validation and routing all read envelopes here.
 *
 * <p>The rule for the operation, the one the mock's XPath stubs
 * ({@code /*[self::env12:Envelope or self::env11:Envelope]/*[self::env12:Body or self::env11:Body]/*[1]}) require:
 * the root is an {@code Envelope} in the SOAP 1.1 or 1.2 namespace; its first child named {@code Body} in either
 * SOAP namespace is the Body (mixed versions are tolerated, as the XPath tolerates them); the Body's first child
 * element is the operation. An empty Body names none, and nothing after the first Body's first element, a second
 * Body included, is ever the operation. Elements are known by namespace URI and local name, never by prefix.
 *
 * @param problem            why the text is not well-formed XML, or null
 * @param problemLine        1-based line of that problem, 0 when unknown
 * @param rootNamespace      namespace URI of the root element ("" for none)
 * @param rootName           local name of the root element
 * @param soapVersion        1.1 or 1.2 when the root is a SOAP Envelope, else null
 * @param operationNamespace namespace URI of the operation element, or null
 * @param operationName      local name of the operation element, or null
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

    /**
     * The elements of a parsed envelope, by the rule above: the operation element, and the header blocks, which the
     * samples place directly under the Envelope and WSDL-driven clients inside its {@code Header}; both count.
     *
     * @param operation    the Body's first element, or null for an empty Body
     * @param headerBlocks the children of every {@code Header}, and the Envelope's other children but the Body
     */
    public record Parts(Element operation, List<Element> headerBlocks) {
        public Parts {
            headerBlocks = List.copyOf(headerBlocks);
        }
    }

    /** The parts of an envelope's text, or empty when it is not well-formed, not a SOAP Envelope, or has no Body. */
    public static Optional<Parts> parts(String envelope) {
        if (envelope == null || envelope.isBlank()) {
            return Optional.empty();
        }
        try {
            return parts(SafeXml.parse(envelope));
        } catch (SafeXml.XmlProblem e) {
            return Optional.empty();
        }
    }

    /** The parts of a parsed SOAP envelope, or empty when its root is not a SOAP Envelope or it has no Body. */
    public static Optional<Parts> parts(Document document) {
        Element root = document.getDocumentElement();
        if (root == null || versionOf(root.getNamespaceURI(), root.getLocalName()) == null) {
            return Optional.empty();
        }
        Element body = null;
        List<Element> headerBlocks = new ArrayList<>();
        for (Element child : SafeXml.childElements(root)) {
            boolean inSoap = versionOf(child.getNamespaceURI(), "Envelope") != null;
            if (body == null && inSoap && "Body".equals(child.getLocalName())) {
                body = child;
            } else if (inSoap && "Header".equals(child.getLocalName())) {
                headerBlocks.addAll(SafeXml.childElements(child));
            } else if (!inSoap || !"Body".equals(child.getLocalName())) {
                headerBlocks.add(child);
            }
        }
        if (body == null) {
            return Optional.empty();
        }
        List<Element> inBody = SafeXml.childElements(body);
        return Optional.of(new Parts(inBody.isEmpty() ? null : inBody.get(0), headerBlocks));
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
        // IN_BODY while the first Body is open and its first element not seen; DONE once the operation is known
        // or the first Body has ended
        Stage stage = Stage.BEFORE_BODY;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                return new SoapEnvelope("a DOCTYPE is not allowed (entity declarations are refused)",
                        reader.getLocation().getLineNumber(), null, null, null, null, null, List.of());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String ns = namespace(reader);
                if (depth == 1) {
                    rootNs = ns;
                    rootName = reader.getLocalName();
                    if (versionOf(rootNs, rootName) == null) {
                        stage = Stage.DONE;
                    }
                } else if (depth == 2 && stage == Stage.BEFORE_BODY && reader.getLocalName().equals("Body")
                        && versionOf(ns, "Envelope") != null) {
                    stage = Stage.IN_BODY;
                } else if (depth == 3 && stage == Stage.IN_BODY) {
                    operationNs = ns;
                    operationName = reader.getLocalName();
                    stage = Stage.IN_OPERATION;
                } else if (depth == 4 && stage == Stage.IN_OPERATION && children.size() < MAX_CHILDREN) {
                    children.add(reader.getLocalName());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && stage == Stage.IN_BODY || depth == 3 && stage == Stage.IN_OPERATION) {
                    stage = Stage.DONE;
                }
                depth--;
            }
        }
        if (rootName == null) {
            return new SoapEnvelope("no root element", 0, null, null, null, null, null, List.of());
        }
        return new SoapEnvelope(null, 0, rootNs, rootName, versionOf(rootNs, rootName), operationNs,
                operationName, List.copyOf(children));
    }

    private enum Stage { BEFORE_BODY, IN_BODY, IN_OPERATION, DONE }

    private static String namespace(XMLStreamReader reader) {
        return reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    }

    /** 1.1 or 1.2 for an element of that name in a SOAP envelope namespace, else null. */
    private static String versionOf(String namespace, String localName) {
        if (!"Envelope".equals(localName)) {
            return null;
        }
        return SoapDetails.SOAP_12_NS.equals(namespace) ? "1.2" : SoapDetails.SOAP_11_NS.equals(namespace) ? "1.1"
                : null;
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

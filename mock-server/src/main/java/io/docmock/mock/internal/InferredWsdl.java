package io.docmock.mock.internal;

import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.model.SoapDetails;
import io.docmock.xml.SoapEnvelope;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * A WSDL 1.1 for a SOAP endpoint whose docs hold no WSDL page, inferred from its operations' sample envelopes:
 * document/literal wrapped, as the reference's own WSDLs are. Types come from {@link SampleSchema}; each operation
 * has a request and a response message (its Body's wrapper element), and a header message for the elements its
 * samples carry as header blocks; a portType named after the agent; a SOAP 1.1 and a SOAP 1.2 binding whose
 * {@code soapAction} is the reference's {@code <namespace>/<Agent>/<Operation>}; and a service with both ports
 * at one address. The same operations give the same text.
 */
public final class InferredWsdl {
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String SOAP11 = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final String SOAP12 = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static final String HTTP_TRANSPORT = "http://schemas.xmlsoap.org/soap/http";
    private static final QName STRING = new QName(SampleSchema.XS, "string");

    private final SampleSchema schema = new SampleSchema();
    private final List<OperationParts> operations = new ArrayList<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final String targetNamespace;
    private final String agent;
    private final String endpointPath;
    private XMLStreamWriter out;
    private int depth;

    /** What one operation's messages are made of. */
    private record OperationParts(String name, QName input, QName output, Set<QName> inputHeaders,
                                  Set<QName> outputHeaders) {
    }

    private InferredWsdl(List<Operation> endpointOperations) {
        SoapDetails first = endpointOperations.get(0).soap();
        this.agent = ncName(first.agent());
        this.endpointPath = first.endpointPath();
        this.targetNamespace = first.operationNamespace() == null || first.operationNamespace().isEmpty()
                ? "urn:docmock:" + agent : first.operationNamespace();
        Map<String, List<Operation>> byName = new java.util.TreeMap<>();
        for (Operation operation : endpointOperations) {
            String namespace = operation.soap().operationNamespace();
            if (namespace != null && !namespace.isEmpty()) { // an unqualified wrapper has no place in a WSDL
                byName.computeIfAbsent(operation.soap().operationElement(), name -> new ArrayList<>()).add(operation);
            }
        }
        byName.forEach((name, same) -> operations.add(read(name, same)));
        schema.declareForeignElements();
        prefixes.put(targetNamespace, "tns");
        int next = 1;
        for (String namespace : schema.namespaces()) {
            if (!prefixes.containsKey(namespace)) {
                prefixes.put(namespace, "ns" + next++);
            }
        }
    }

    /**
     * The WSDL of one endpoint's documented operations (all with that endpoint), every address this one.
     *
     * @param endpointOperations the operations, at least one
     * @param address            the absolute URL of the endpoint for the service's ports
     */
    public static String of(List<Operation> endpointOperations, String address) {
        List<Operation> sorted = endpointOperations.stream()
                .sorted(Comparator.comparing((Operation operation) -> operation.soap().operationElement())
                        .thenComparing(Operation::id))
                .toList();
        return new InferredWsdl(sorted).write(address);
    }

    private OperationParts read(String name, List<Operation> same) {
        SoapDetails soap = same.get(0).soap();
        QName input = null;
        QName output = null;
        Set<QName> inputHeaders = new LinkedHashSet<>();
        Set<QName> outputHeaders = new LinkedHashSet<>();
        for (Operation operation : same) {
            for (Sample sample : operation.samples()) {
                SoapEnvelope.Parts request = sample.request() == null ? null : parts(sample.request().body());
                if (request != null && request.operation() != null
                        && name.equals(request.operation().getLocalName())) {
                    input = schema.addWrapper(request.operation());
                    headers(request.headerBlocks(), inputHeaders);
                }
                SoapEnvelope.Parts response = sample.response() == null ? null : parts(sample.response().body());
                if (response != null && response.operation() != null && !isFault(response.operation())) {
                    output = schema.addWrapper(response.operation());
                    headers(response.headerBlocks(), outputHeaders);
                }
            }
        }
        if (input == null) {
            input = schema.addEmptyGlobal(new QName(soap.operationNamespace(), name));
        }
        if (output == null) {
            String responseName = soap.responseElement() == null ? name + "Response" : soap.responseElement();
            output = schema.addEmptyGlobal(new QName(soap.operationNamespace(), responseName));
        }
        return new OperationParts(name, input, output, inputHeaders, outputHeaders);
    }

    private void headers(List<Element> blocks, Set<QName> into) {
        for (Element block : blocks) {
            if (block.getNamespaceURI() != null && !block.getNamespaceURI().isEmpty()) {
                into.add(schema.addGlobal(block));
            }
        }
    }

    /** A sample's parts; null for one that cannot be read (the parser has reported it; the others still count). */
    private static SoapEnvelope.Parts parts(String envelope) {
        return SoapEnvelope.parts(envelope).orElse(null);
    }

    private static boolean isFault(Element element) {
        return "Fault".equals(element.getLocalName()) && (SoapDetails.SOAP_11_NS.equals(element.getNamespaceURI())
                || SoapDetails.SOAP_12_NS.equals(element.getNamespaceURI()));
    }

    private String write(String address) {
        StringWriter text = new StringWriter();
        try {
            // the JDK's writer, whatever the class path holds: the same operations give the same bytes
            out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            out.writeStartDocument("utf-8", "1.0");
            start("wsdl", "definitions", WSDL, "name", agent, "targetNamespace", targetNamespace);
            out.writeNamespace("wsdl", WSDL);
            out.writeNamespace("soap", SOAP11);
            out.writeNamespace("soap12", SOAP12);
            out.writeNamespace("xs", SampleSchema.XS);
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                out.writeNamespace(prefix.getValue(), prefix.getKey());
            }
            start("wsdl", "documentation", WSDL);
            out.writeCharacters("Inferred by docmock from the documented samples of " + endpointPath
                    + "; the docs hold no WSDL page for it.");
            depth--;
            out.writeEndElement();
            start("wsdl", "types", WSDL);
            for (String namespace : schema.namespaces()) {
                writeSchema(namespace);
            }
            end();
            writeMessages();
            writePortType();
            writeBinding("soap", SOAP11, "BasicHttpBinding_" + agent);
            writeBinding("soap12", SOAP12, "Soap12Binding_" + agent);
            start("wsdl", "service", WSDL, "name", agent + "Service");
            writePort("BasicHttpBinding_" + agent, "soap", SOAP11, address);
            writePort("Soap12Binding_" + agent, "soap12", SOAP12, address);
            end();
            end();
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK cannot write XML to a string", e);
        }
        return text.toString();
    }

    private void writeSchema(String namespace) throws XMLStreamException {
        start("xs", "schema", SampleSchema.XS, "elementFormDefault", "qualified", "targetNamespace", namespace);
        for (String other : referencedFrom(namespace)) {
            empty("xs", "import", SampleSchema.XS, "namespace", other);
        }
        for (Map.Entry<String, SampleSchema.Type> element : schema.elementsIn(namespace).entrySet()) {
            writeElement(namespace, new QName(namespace, element.getKey()), element.getValue(), false, false, true);
        }
        for (Map.Entry<QName, SampleSchema.Shape> type : schema.typesIn(namespace).entrySet()) {
            start("xs", "complexType", SampleSchema.XS, "name", type.getKey().getLocalPart());
            writeSequence(namespace, type.getValue());
            end();
        }
        for (QName type : schema.simpleTypesIn(namespace)) {
            start("xs", "simpleType", SampleSchema.XS, "name", type.getLocalPart());
            empty("xs", "restriction", SampleSchema.XS, "base", "xs:string");
            end();
        }
        end();
    }

    private void writeElement(String namespace, QName name, SampleSchema.Type type, boolean many, boolean nillable,
                              boolean global) throws XMLStreamException {
        List<String> attributes = new ArrayList<>();
        if (!global) {
            attributes.addAll(List.of("minOccurs", "0"));
            if (many) {
                attributes.addAll(List.of("maxOccurs", "unbounded"));
            }
        }
        if (!global && !name.getNamespaceURI().isEmpty() && !name.getNamespaceURI().equals(namespace)) {
            attributes.addAll(List.of("ref", qualified(name)));
            empty("xs", "element", SampleSchema.XS, attributes.toArray(String[]::new));
            return;
        }
        attributes.addAll(List.of("name", name.getLocalPart()));
        if (name.getNamespaceURI().isEmpty()) {
            attributes.addAll(List.of("form", "unqualified"));
        }
        if (!global && (nillable || type.isComplex(schema) || type.name().equals(STRING))) {
            attributes.addAll(List.of("nillable", "true"));
        }
        if (type.anonymous() == null) {
            attributes.addAll(List.of("type", qualified(type.name())));
            empty("xs", "element", SampleSchema.XS, attributes.toArray(String[]::new));
            return;
        }
        start("xs", "element", SampleSchema.XS, attributes.toArray(String[]::new));
        start("xs", "complexType", SampleSchema.XS);
        writeSequence(namespace, type.anonymous());
        end();
        end();
    }

    private void writeSequence(String namespace, SampleSchema.Shape shape) throws XMLStreamException {
        if (shape.children().isEmpty()) {
            empty("xs", "sequence", SampleSchema.XS);
            return;
        }
        start("xs", "sequence", SampleSchema.XS);
        for (Map.Entry<QName, SampleSchema.Child> entry : shape.children().entrySet()) {
            SampleSchema.Child child = entry.getValue();
            writeElement(namespace, entry.getKey(), child.type(), child.many(), child.nillable(), false);
        }
        end();
    }

    /** The other namespaces a schema refers to (types and elements), which it must import. */
    private Set<String> referencedFrom(String namespace) {
        Set<String> referenced = new TreeSet<>();
        List<SampleSchema.Shape> shapes = new ArrayList<>(schema.typesIn(namespace).values());
        schema.elementsIn(namespace).values().forEach(type -> addReferences(type, referenced, shapes));
        Set<SampleSchema.Shape> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!shapes.isEmpty()) {
            SampleSchema.Shape shape = shapes.remove(shapes.size() - 1);
            if (seen.add(shape)) {
                shape.children().forEach((name, child) -> {
                    if (!name.getNamespaceURI().isEmpty()) {
                        referenced.add(name.getNamespaceURI());
                    }
                    addReferences(child.type(), referenced, shapes);
                });
            }
        }
        referenced.remove(namespace);
        referenced.remove(SampleSchema.XS);
        return referenced;
    }

    private static void addReferences(SampleSchema.Type type, Set<String> referenced, List<SampleSchema.Shape> shapes) {
        if (type.anonymous() != null) {
            shapes.add(type.anonymous());
        } else {
            referenced.add(type.name().getNamespaceURI());
        }
    }

    private void writeMessages() throws XMLStreamException {
        for (OperationParts operation : operations) {
            writeMessage(operation.name() + "Request", Map.of("parameters", operation.input()));
            if (!operation.inputHeaders().isEmpty()) {
                writeMessage(operation.name() + "Request_Headers", partNames(operation.inputHeaders()));
            }
            writeMessage(operation.name() + "Response", Map.of("parameters", operation.output()));
            if (!operation.outputHeaders().isEmpty()) {
                writeMessage(operation.name() + "Response_Headers", partNames(operation.outputHeaders()));
            }
        }
    }

    /** Header parts named by their element's local name, made unique where two namespaces share one. */
    private static Map<String, QName> partNames(Set<QName> headers) {
        Map<String, QName> parts = new LinkedHashMap<>();
        for (QName header : headers) {
            String name = header.getLocalPart();
            for (int n = 2; parts.containsKey(name); n++) {
                name = header.getLocalPart() + n;
            }
            parts.put(name, header);
        }
        return parts;
    }

    private void writeMessage(String name, Map<String, QName> parts) throws XMLStreamException {
        start("wsdl", "message", WSDL, "name", name);
        for (Map.Entry<String, QName> part : parts.entrySet()) {
            empty("wsdl", "part", WSDL, "name", part.getKey(), "element", qualified(part.getValue()));
        }
        end();
    }

    private void writePortType() throws XMLStreamException {
        start("wsdl", "portType", WSDL, "name", agent);
        for (OperationParts operation : operations) {
            start("wsdl", "operation", WSDL, "name", operation.name());
            empty("wsdl", "input", WSDL, "name", operation.name() + "Request",
                    "message", "tns:" + operation.name() + "Request");
            empty("wsdl", "output", WSDL, "name", operation.name() + "Response",
                    "message", "tns:" + operation.name() + "Response");
            end();
        }
        end();
    }

    private void writeBinding(String prefix, String namespace, String name) throws XMLStreamException {
        start("wsdl", "binding", WSDL, "name", name, "type", "tns:" + agent);
        empty(prefix, "binding", namespace, "transport", HTTP_TRANSPORT);
        for (OperationParts operation : operations) {
            start("wsdl", "operation", WSDL, "name", operation.name());
            empty(prefix, "operation", namespace, "soapAction", soapAction(operation.name()), "style", "document");
            writeBindingMessage("input", operation.name() + "Request", operation.inputHeaders(), prefix, namespace);
            writeBindingMessage("output", operation.name() + "Response", operation.outputHeaders(), prefix,
                    namespace);
            end();
        }
        end();
    }

    private void writeBindingMessage(String kind, String message, Set<QName> headers, String prefix,
                                     String namespace) throws XMLStreamException {
        start("wsdl", kind, WSDL, "name", message);
        for (String part : partNames(headers).keySet()) {
            empty(prefix, "header", namespace, "message", "tns:" + message + "_Headers", "part", part,
                    "use", "literal");
        }
        empty(prefix, "body", namespace, "use", "literal");
        end();
    }

    /** The reference's own form, as its WSDL pages show it. */
    private String soapAction(String operation) {
        return targetNamespace + "/" + agent + "/" + operation;
    }

    private void writePort(String name, String prefix, String namespace, String address) throws XMLStreamException {
        start("wsdl", "port", WSDL, "name", name, "binding", "tns:" + name);
        empty(prefix, "address", namespace, "location", address);
        end();
    }

    private String qualified(QName name) {
        if (SampleSchema.XS.equals(name.getNamespaceURI())) {
            return "xs:" + name.getLocalPart();
        }
        return prefixes.get(name.getNamespaceURI()) + ":" + name.getLocalPart();
    }

    /** A name the WSDL can use for the agent: its characters outside an XML name become underscores. */
    private static String ncName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_'
                ? "_" + cleaned : cleaned;
    }

    private void start(String prefix, String name, String namespace, String... attributes)
            throws XMLStreamException {
        indent();
        out.writeStartElement(prefix, name, namespace);
        attributes(attributes);
        depth++;
    }

    private void empty(String prefix, String name, String namespace, String... attributes)
            throws XMLStreamException {
        indent();
        out.writeEmptyElement(prefix, name, namespace);
        attributes(attributes);
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        out.writeEndElement();
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            out.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }
}

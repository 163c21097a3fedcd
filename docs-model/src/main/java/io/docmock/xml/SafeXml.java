package io.docmock.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Namespace-aware XML parsing with DOCTYPEs, external entities and entity expansion refused, so that neither the
 * docs nor a request can make docmock read a file, reach the network or expand a billion laughs.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** Thrown for XML that is not well-formed or that declares a DOCTYPE; the message says where and what. */
    public static final class XmlProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        XmlProblem(String message, int line) {
            super(message);
            this.line = line;
        }

        /** 1-based line inside the parsed text, or 0 when unknown. */
        public int line() {
            return line;
        }
    }

    /** Building a parser costs more than most parses, so each thread keeps one, reset after every use. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = newFactory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured safely", e);
        }
    }

    public static Document parse(String xml) throws XmlProblem {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String message = e.getMessage();
            if (message != null && message.contains("DOCTYPE")) {
                message = "a DOCTYPE is not allowed (entity declarations are refused)";
            }
            return throwProblem(message, e.getLineNumber());
        } catch (SAXException | IOException e) {
            return throwProblem(String.valueOf(e.getMessage()), 0);
        } finally {
            builder.reset();
            // reset() forgets the handlers; set them again for the next parse on this thread
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
        }
    }

    private static Document throwProblem(String message, int line) throws XmlProblem {
        throw new XmlProblem(message, Math.max(line, 0));
    }

    private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
        // the JDK's own parser, whatever else is on the class path: the settings below are its settings
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /**
     * DTDs and external entities off, namespaces on. Thread-safe once configured, as long as the JDK's reuse of
     * readers ("reuse-instance") stays off: that reuse hands one reader to two threads when the factory is shared,
     * and its memory grows without end when reads stop before the end of the document.
     */
    private static final XMLInputFactory STREAMS = newStreamFactory();

    private static XMLInputFactory newStreamFactory() {
        // the JDK's own, not a StAX implementation a library brings (Woodstox), which reads DTDs its own way
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** What a streaming read makes of a document. */
    @FunctionalInterface
    public interface StreamRead<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Reads XML bytes in one streaming pass, without building a DOM, and closes the reader, whether the read
     * stops early, fails or reaches the end.
     */
    public static <T> T stream(byte[] xml, StreamRead<T> read) throws XMLStreamException {
        return readAndClose(STREAMS.createXMLStreamReader(new ByteArrayInputStream(xml)), read);
    }

    /** The same over text already decoded: an encoding named in the XML declaration is not applied again. */
    public static <T> T stream(String xml, StreamRead<T> read) throws XMLStreamException {
        return readAndClose(STREAMS.createXMLStreamReader(new StringReader(xml)), read);
    }

    private static <T> T readAndClose(XMLStreamReader reader, StreamRead<T> read) throws XMLStreamException {
        try {
            return read.read(reader);
        } finally {
            reader.close();
        }
    }

    /** The element children of a node, in order. */
    public static List<Element> childElements(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}

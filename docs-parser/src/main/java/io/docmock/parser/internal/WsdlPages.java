package io.docmock.parser.internal;

import io.docmock.model.Source;
import io.docmock.model.WsdlDocument;
import io.docmock.xml.SafeXml;
import java.net.URI;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An agent's WSDL page: an {@code xml} block whose root is {@code {http://schemas.xmlsoap.org/wsdl/}definitions},
 * with the path of its first {@code soap:address} or {@code soap12:address}. Read as a stream, safely.
 */
final class WsdlPages {
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private WsdlPages() {
    }

    /** The page's WSDL, or null when it holds none. */
    static WsdlDocument wsdl(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Fence fence && fence.info().equals("xml")) {
                String xml = fence.literal().strip();
                String address = addressPath(xml);
                if (address != null) {
                    return new WsdlDocument(address, xml, new Source(fence.file(), fence.line()));
                }
            }
        }
        return null;
    }

    /** The path of the WSDL's service address, or null when the text is no WSDL or names none. */
    private static String addressPath(String xml) {
        try {
            return SafeXml.stream(xml, WsdlPages::addressPath);
        } catch (XMLStreamException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String addressPath(XMLStreamReader reader) throws XMLStreamException {
        boolean root = true;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (root) {
                if (!WSDL_NS.equals(reader.getNamespaceURI()) || !reader.getLocalName().equals("definitions")) {
                    return null;
                }
                root = false;
            } else if (reader.getLocalName().equals("address") && reader.getAttributeValue(null, "location") != null) {
                String path = URI.create(reader.getAttributeValue(null, "location").strip()).getPath();
                return path == null || path.isEmpty() ? null : path;
            }
        }
        return null;
    }
}

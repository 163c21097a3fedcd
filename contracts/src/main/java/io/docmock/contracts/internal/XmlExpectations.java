package io.docmock.contracts.internal;

import io.docmock.contracts.Finding;
import io.docmock.xml.SafeXml;
import io.docmock.xml.SoapEnvelope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What a consumer expects of a SOAP answer against the documented one: the Body's element is the documented one,
 * and every element the consumer expects inside it exists at the same place in the documented answer, by namespace
 * URI and local name, whatever the prefixes; a consumer may expect fewer. Values are examples and not compared.
 */
public final class XmlExpectations {
    private XmlExpectations() {
    }

    /** The Body's element of an envelope, or empty when the text is no SOAP envelope with one. */
    public static Optional<Element> operationOf(String envelope) {
        return SoapEnvelope.parts(envelope).map(SoapEnvelope.Parts::operation);
    }

    /** Compares the consumer's Body element with the documented one; {@code where}: the body in the pact. */
    public static void compare(Element expected, Element documented, String code, String where,
                               List<Finding> findings) {
        if (!sameName(expected, documented)) {
            findings.add(new Finding(code, where + "." + expected.getLocalName(), "the consumer expects "
                    + name(expected) + " in the Body", name(documented)));
            return;
        }
        compareChildren(expected, documented, code, where + "." + expected.getLocalName(), findings);
    }

    private static void compareChildren(Element expected, Element documented, String code, String where,
                                        List<Finding> findings) {
        List<Element> documentedChildren = SafeXml.childElements(documented);
        for (Element child : SafeXml.childElements(expected)) {
            String at = where + "." + child.getLocalName();
            Element match = documentedChildren.stream().filter(d -> sameName(child, d)).findFirst().orElse(null);
            if (match == null) {
                findings.add(new Finding(code, at, "not a documented element " + name(child), "documented: "
                        + String.join(", ", documentedChildren.stream().map(Element::getLocalName).toList())));
            } else {
                compareChildren(child, match, code, at, findings);
            }
        }
    }

    private static boolean sameName(Element a, Element b) {
        return a.getLocalName().equals(b.getLocalName())
                && Objects.equals(namespace(a), namespace(b));
    }

    private static String namespace(Element element) {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    private static String name(Element element) {
        return "{" + namespace(element) + "}" + element.getLocalName();
    }
}

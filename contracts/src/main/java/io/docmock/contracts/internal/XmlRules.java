package io.docmock.contracts.internal;

import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import io.docmock.xml.SafeXml;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Body rules for an XML sample (a SOAP envelope): a type rule on the text of every leaf element. pact-jvm reads
 * XML rule paths with the element names as the EXPECTED document writes them, prefixes included
 * ({@code $.SOAP-ENV:Envelope.SOAP-ENV:Body.User:X.User:Response.#text}); other spellings are silently ignored.
 */
public final class XmlRules {
    private XmlRules() {
    }

    public static void add(Element root, MatchingRuleCategory body) {
        walk(root, "$." + root.getTagName(), body);
    }

    private static void walk(Element element, String path, MatchingRuleCategory body) {
        List<Element> children = SafeXml.childElements(element);
        if (children.isEmpty()) {
            String textPath = path + ".#text";
            if (!body.getMatchingRules().containsKey(textPath)) {
                body.addRule(textPath, TypeMatcher.INSTANCE, RuleLogic.AND);
            }
            return;
        }
        for (Element child : children) {
            walk(child, path + "." + child.getTagName(), body);
        }
    }
}

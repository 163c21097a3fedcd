package io.docmock.contracts.internal;

import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Body rules that make a JSON sample a contract about shape: a type rule on every leaf, {@code minType} on every
 * array (its items matched against the sample's), so other values of the same types pass. A {@code null} in the
 * sample gets no rule: the docs say null, and nothing says of what type.
 */
public final class JsonRules {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonRules() {
    }

    public static void add(JsonNode sample, MatchingRuleCategory body) {
        walk(sample, "$", body);
    }

    private static void walk(JsonNode node, String path, MatchingRuleCategory body) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), child(path, field.getKey()), body);
            }
        } else if (node.isArray()) {
            body.addRule(path, new MinTypeMatcher(0), RuleLogic.AND);
            for (JsonNode item : node) {
                walk(item, path + "[*]", body);
            }
        } else if (!node.isNull() && !body.getMatchingRules().containsKey(path)) {
            body.addRule(path, TypeMatcher.INSTANCE, RuleLogic.AND);
        }
    }

    private static String child(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path + "." + key;
        }
        // pact-jvm writes a backslash in a rule's path unescaped, so a name with a quote in it would make the pact
        // unreadable: such a name is any name at its level (the type rules compare each value with its own sample)
        return key.contains("'") || key.contains("\\") ? path + ".*" : path + "['" + key + "']";
    }
}

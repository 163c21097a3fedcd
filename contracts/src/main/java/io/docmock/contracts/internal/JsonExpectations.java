package io.docmock.contracts.internal;

import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import io.docmock.check.DocumentedTypes;
import io.docmock.contracts.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a consumer expects of a JSON body against what the docs show: every property the consumer expects exists
 * in the documented sample (names in any case, as the real servers bind them), of a compatible kind; a consumer may
 * expect fewer. Values are examples on both sides and are not compared; kinds are. A documented null stands for
 * any value; arrays are compared item by item with the documented first item. Each example value must also satisfy
 * the pact's own rules at its path.
 */
public final class JsonExpectations {
    private final String code;
    private final String where;
    private final PactRules rules;
    private final List<Finding> findings;

    /**
     * @param code     the finding's code for an incompatible value ({@code response.body.incompatible})
     * @param where    where the body is in the pact ({@code interactions[3].response.body})
     * @param rules    the pact's body rules of that side
     * @param findings where findings go
     */
    public JsonExpectations(String code, String where, PactRules rules, List<Finding> findings) {
        this.code = code;
        this.where = where;
        this.rules = rules;
        this.findings = findings;
    }

    /** Compares the consumer's body with the documented one ({@code documented} null: only the rules count). */
    public void compare(JsonNode expected, JsonNode documented) {
        compare(expected, documented, "$");
    }

    private void compare(JsonNode expected, JsonNode documented, String path) {
        List<MatchingRule> here = rules.at(path);
        String unsatisfied = PactRules.unsatisfied(here, expected);
        if (unsatisfied != null) {
            findings.add(new Finding("pact.rule.example-unsatisfied", at(path), unsatisfied, ""));
        }
        // a documented null, or nothing documented: the rules of what is inside still count
        boolean open = documented == null || documented.isNull() || expected.isNull();
        if (!open && PactRules.numberType(here) == NumberTypeMatcher.NumberType.INTEGER && documented.isNumber()
                && !documented.isIntegralNumber()) {
            findings.add(new Finding(code, at(path), "the consumer's rule expects an integer", documented.toString()));
            return;
        }
        if (!open && !sameKind(expected, documented)) {
            findings.add(new Finding(code, at(path), "the consumer expects " + DocumentedTypes.describe(expected),
                    DocumentedTypes.describe(documented)));
            return;
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                JsonNode match = open ? null : property(documented, field.getKey());
                String child = path + "." + field.getKey();
                if (!open && match == null) {
                    findings.add(new Finding(code, at(child), "not a documented property",
                            "documented: " + String.join(", ", names(documented))));
                } else {
                    compare(field.getValue(), match, child);
                }
            }
        } else if (expected.isArray()) {
            JsonNode item = open || documented.isEmpty() ? null : documented.get(0);
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), item, path + "[" + i + "]");
            }
        }
    }

    private String at(String path) {
        return where + path.substring(1);
    }

    private static boolean sameKind(JsonNode expected, JsonNode documented) {
        return expected.getNodeType() == documented.getNodeType()
                || expected.isNumber() && documented.isNumber();
    }

    private static JsonNode property(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return field.getValue();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}

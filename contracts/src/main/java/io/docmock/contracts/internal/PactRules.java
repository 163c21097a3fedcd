package io.docmock.contracts.internal;

import au.com.dius.pact.core.model.matchingrules.DateMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TimeMatcher;
import au.com.dius.pact.core.model.matchingrules.TimestampMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pact's matching rules of one category (a body, a path, a header), found by the path of a value:
 * {@code $.items[2].name} is governed by {@code $.items[*].name}, {@code $.items[*].*} and {@code $['items'][2]...}.
 */
public final class PactRules {
    private final Map<Pattern, List<MatchingRule>> rules = new LinkedHashMap<>();

    /** The rules of a category, none when it is null. */
    public PactRules(MatchingRuleCategory category) {
        if (category == null) {
            return;
        }
        for (Map.Entry<String, MatchingRuleGroup> entry : category.getMatchingRules().entrySet()) {
            rules.put(pathPattern(entry.getKey()), entry.getValue().getRules());
        }
    }

    /** Turns a rule's path expression into a pattern over value paths in the {@code $.a[0].b} form. */
    private static Pattern pathPattern(String expression) {
        String dotted = expression.replaceAll("\\['([^']*)'\\]", ".$1");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (dotted.startsWith("[*]", i)) {
                regex.append("\\[\\d+\\]");
                i += 2;
            } else if (dotted.startsWith(".*", i)) {
                regex.append("(?:\\.[^.\\[]+|\\[\\d+\\])");
                i += 1;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The rules for a value at this path ({@code $} for the whole body). */
    public List<MatchingRule> at(String path) {
        List<MatchingRule> found = new ArrayList<>();
        rules.forEach((pattern, list) -> {
            if (pattern.matcher(path).matches()) {
                found.addAll(list);
            }
        });
        return found;
    }

    /** Whether a rule asks for an integer, for any number, or for neither. */
    public static NumberTypeMatcher.NumberType numberType(List<MatchingRule> rules) {
        for (MatchingRule rule : rules) {
            if (rule instanceof NumberTypeMatcher number) {
                return number.getNumberType();
            }
        }
        return null;
    }

    /** Why an example value does not satisfy its own rules, or null when it does. */
    public static String unsatisfied(List<MatchingRule> rules, JsonNode example) {
        String text = example.isValueNode() ? example.asText() : null;
        for (MatchingRule rule : rules) {
            if (rule instanceof RegexMatcher regex && text != null) {
                try {
                    if (!Pattern.compile(regex.getRegex()).matcher(text).matches()) {
                        return "the example \"" + text + "\" does not match its own regex " + regex.getRegex();
                    }
                } catch (PatternSyntaxException e) {
                    return "the regex " + regex.getRegex() + " is not a regular expression";
                }
            } else if (rule instanceof NumberTypeMatcher number) {
                boolean fits = switch (number.getNumberType()) {
                    case INTEGER -> example.isIntegralNumber();
                    case DECIMAL -> example.isFloatingPointNumber();
                    default -> example.isNumber();
                };
                if (!fits) {
                    return "the example " + example + " is not " + number.getNumberType().name().toLowerCase()
                            + " as its own rule asks";
                }
            } else if (format(rule) != null && text != null) {
                try {
                    DateTimeFormatter.ofPattern(format(rule)).parse(text);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    return "the example \"" + text + "\" does not fit its own format " + format(rule);
                }
            }
        }
        return null;
    }

    private static String format(MatchingRule rule) {
        if (rule instanceof TimestampMatcher timestamp) {
            return timestamp.getFormat();
        }
        if (rule instanceof DateMatcher date) {
            return date.getFormat();
        }
        return rule instanceof TimeMatcher time ? time.getFormat() : null;
    }
}

package io.docmock.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausible values for documented types, for answers and requests the docs give no sample of: integers 17,
 * booleans true, enums their first value, strings named after what they hold, other (object) types empty objects.
 */
public final class ExampleValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private ExampleValues() {
    }

    /** A JSON-ready value (Integer, Double, Boolean, String, List, Map) of the documented type. */
    public static Object of(String type, String name) {
        String t = type == null ? "" : type.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum:")) {
            String first = t.substring(5).split(",")[0].strip();
            return first.isEmpty() ? name : first;
        }
        return switch (lower) {
            case "int", "int32", "int64", "integer", "long", "short" -> 17;
            case "double", "decimal", "float", "number" -> 1.5;
            case "bool", "boolean" -> true;
            case "date-time", "datetime", "date" -> "2024-01-31T12:00:00";
            case "string", "" -> name;
            case "byte" -> "R0lGODlh";
            case "array" -> List.of();
            default -> Map.of();
        };
    }

    /**
     * The request target with each {@code {placeholder}} replaced by a value of its parameter's type. Placeholders
     * are matched to the path parameters by name, else by position (sample targets may name them differently).
     */
    public static String concreteTarget(String target, List<Parameter> pathParameters) {
        Matcher matcher = PLACEHOLDER.matcher(target);
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            Parameter parameter = pathParameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                    .orElse(position < pathParameters.size() ? pathParameters.get(position) : null);
            Object value = of(parameter == null ? "" : parameter.type(), "abc");
            String text = value instanceof String s ? s : value instanceof Number || value instanceof Boolean
                    ? String.valueOf(value) : "abc";
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
            position++;
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

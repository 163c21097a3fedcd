package io.docmock.model;

import java.util.List;
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
        return switch (TypeKind.of(type)) {
            case INTEGER -> 17;
            case NUMBER -> 1.5;
            case BOOLEAN -> true;
            case DATE_TIME -> "2024-01-31T12:00:00";
            case BINARY -> "R0lGODlh";
            case ARRAY -> List.of();
            case ENUM -> TypeKind.enumValues(type).isEmpty() ? name : TypeKind.enumValues(type).get(0);
            case OBJECT -> Map.of();
            case STRING, ANY -> name;
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

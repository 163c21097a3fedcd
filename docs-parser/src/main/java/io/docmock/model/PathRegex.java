package io.docmock.model;

import java.util.List;

/**
 * A REST path template as a regular expression (portable: no {@code \\Q..\\E}, no flags but inline groups), and how
 * loose it is:
 * literal segments cost nothing, an enum or bool parameter 1, an integer 2, any other parameter 3. The cheaper
 * path is tried first, so {@code /List/default} wins over {@code /List/{id}} and an int32 {@code {id}} over a
 * string {@code {uniqueId}} of the same shape.
 */
public record PathRegex(String regex, int looseness) {

    public static PathRegex of(String template, List<Parameter> parameters) {
        StringBuilder regex = new StringBuilder();
        int looseness = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                String type = typeOf(name, parameters);
                ParameterPattern pattern = ParameterPattern.of(type);
                regex.append(pattern.regex());
                looseness += pattern.looseness();
                i = close + 1;
            } else {
                regex.append(escape(c));
                i++;
            }
        }
        // a trailing slash is the same resource to the servers these docs describe
        return new PathRegex(regex + "/?", looseness);
    }

    private static String typeOf(String name, List<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            if (parameter.name().equalsIgnoreCase(name)) {
                return parameter.type();
            }
        }
        return "";
    }

    private static String escape(char c) {
        return "\\.[]{}()*+?^$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(escape((char) c)));
        return escaped.toString();
    }

    /** The regex of one parameter's documented type. */
    public record ParameterPattern(String regex, int looseness) {
        public static ParameterPattern of(String type) {
            return switch (TypeKind.of(type)) {
                case ENUM -> new ParameterPattern("(?i:" + String.join("|", TypeKind.enumValues(type).stream()
                        .map(PathRegex::escape).toList()) + ")", 1);
                case BOOLEAN -> new ParameterPattern("(?i:true|false)", 1);
                case INTEGER -> new ParameterPattern("-?[0-9]+", 2);
                case NUMBER -> new ParameterPattern("-?[0-9]+(?:\\.[0-9]+)?", 2);
                default -> new ParameterPattern("[^/]+", 3);
            };
        }
    }
}

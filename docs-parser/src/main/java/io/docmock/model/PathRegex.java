package io.docmock.model;

import java.util.List;
import java.util.Locale;

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

    /** The regex of one parameter's documented type. */
    public record ParameterPattern(String regex, int looseness) {
        public static ParameterPattern of(String type) {
            String t = type == null ? "" : type.strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith("enum:")) {
                StringBuilder alternatives = new StringBuilder();
                for (String value : t.substring(5).split(",")) {
                    String v = value.strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (alternatives.length() > 0) {
                        alternatives.append('|');
                    }
                    StringBuilder escaped = new StringBuilder();
                    v.chars().forEach(ch -> escaped.append(escape((char) ch)));
                    alternatives.append(escaped);
                }
                return new ParameterPattern("(?i:" + alternatives + ")", 1);
            }
            return switch (lower) {
                case "int", "int32", "int64", "integer", "long", "short", "byte" -> new ParameterPattern("-?[0-9]+", 2);
                case "bool", "boolean" -> new ParameterPattern("(?i:true|false)", 1);
                case "double", "decimal", "float", "number" -> new ParameterPattern("-?[0-9]+(?:\\.[0-9]+)?", 2);
                default -> new ParameterPattern("[^/]+", 3);
            };
        }
    }
}

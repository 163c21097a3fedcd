package io.docmock.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a page, keys folded to lower case ({@code Generated} and {@code generated} are one key),
 * and the page text with the front matter lines blanked, so that Markdown line numbers stay the file's own.
 */
public record FrontMatter(Map<String, String> values, String markdown) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public String get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static FrontMatter split(String text, String file, Diagnostics diagnostics) {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            return new FrontMatter(Map.of(), text);
        }
        // only the front matter's lines are looked at: the rest of the page is kept as it is
        int lines = 1;
        int start = Math.min(firstEnd + 1, text.length());
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            lines++;
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(Math.min(firstEnd + 1, start), start);
                int rest = Math.min(end + 1, text.length());
                // blank lines in place of the front matter keep Markdown line numbers the file's own
                String markdown = "\n".repeat(lines) + text.substring(rest);
                return new FrontMatter(readYaml(yaml, file, diagnostics), markdown);
            }
            start = end + 1;
        }
        diagnostics.warn(file, 1, "front matter starts with --- but never ends; read as Markdown");
        return new FrontMatter(Map.of(), text);
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static final Pattern PLAIN_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):[ \\t]*([^\\s'\"\\[\\]{}|>&*!%@`#][^#]*)?");

    private static Map<String, String> readYaml(String yaml, String file, Diagnostics diagnostics) {
        Map<String, String> plain = plainKeyValues(yaml);
        if (plain != null) {
            return plain;
        }
        Map<String, String> values = new TreeMap<>();
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node != null && node.isObject()) {
                node.properties().forEach(field -> values.put(field.getKey().toLowerCase(Locale.ROOT),
                        field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
            } else if (node != null && !node.isMissingNode() && !node.isNull()) {
                diagnostics.warn(file, 2, "front matter is not a map of keys; ignored");
            }
        } catch (Exception e) {
            diagnostics.warn(file, 2, "front matter is not valid YAML; ignored (" + firstLine(e.getMessage()) + ")");
        }
        return values;
    }

    /**
     * Front matter that is only {@code key: plain value} lines (as generated pages have) read without the YAML
     * parser, which costs more than the rest of a page; anything else, or null, goes to the YAML parser.
     */
    private static Map<String, String> plainKeyValues(String yaml) {
        Map<String, String> values = new TreeMap<>();
        for (String line : yaml.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = PLAIN_LINE.matcher(line.stripTrailing());
            if (!matcher.matches()) {
                return null;
            }
            String value = matcher.group(2) == null ? "" : matcher.group(2).strip();
            if (value.contains(": ") || values.put(matcher.group(1).toLowerCase(Locale.ROOT), value) != null) {
                return null;
            }
        }
        return values;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package io.docmock.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documented REST path ({@code /api/v1/Contact/{contactId}}, {@code /Archive/{id}.json}): its segments, its
 * parameters, whether whole segments or inside one, each typed from the documented parameters, and the one set of
 * rules every module follows: what a request path must be to fit it (by shape, and by the parameters' types), how
 * loose it is against other templates of the same shape, its portable regex, and the path rendered with example
 * values. Routing, validation, stubs, contracts and lint all ask this class, as WireMock's own
 * {@code PathTemplate} answers {@code matches}, {@code parse} and {@code render}.
 *
 * <pre>{@code
 * PathTemplate template = PathTemplate.of("/api/v1/Contact/{id}", operation.pathParameters());
 * template.matches("/api/v1/Contact/17");              // true: 17 is an int32
 * template.mismatches("/api/v1/Contact/abc");          // [path.id: expected int32, got "abc"]
 * }</pre>
 */
public final class PathTemplate {
    // no segment list is kept: docs of 10,000 operations hold a template each, and segments are seldom asked for
    private final String template;
    private final List<TypedParameter> parameters;
    private final String regex;
    private final int looseness;
    /** Compiled on first use: in docs of thousands of operations most never see a request. */
    private volatile Pattern typed;
    private volatile Pattern typedIgnoringCase;

    /** A parameter of the template with the type the docs give it ("" when they give none). */
    public record TypedParameter(String name, String type) {
        public ParameterPattern pattern() {
            return ParameterPattern.of(type);
        }
    }

    /**
     * One segment between slashes: literal ({@code Contact}), or holding parameters, whole ({@code {id}}) or with
     * literal text around them ({@code {id}.json}, {@code Foo({id})}).
     */
    public record Segment(String text, List<TypedParameter> parameters) {
        public Segment {
            parameters = List.copyOf(parameters);
        }

        public boolean isLiteral() {
            return parameters.isEmpty();
        }
    }

    /** A path parameter whose value in a request path does not fit its documented type. */
    public record Mismatch(String name, String type, String actual) {
    }

    private PathTemplate(String template, List<Parameter> documented) {
        this.template = template;
        List<TypedParameter> parameters = new ArrayList<>();
        for (String text : segmentsOf(template)) {
            for (Placeholder placeholder : placeholders(text)) {
                parameters.add(new TypedParameter(placeholder.name(),
                        typeOf(placeholder.name(), parameters.size(), documented)));
            }
        }
        this.parameters = List.copyOf(parameters);
        StringBuilder regex = new StringBuilder();
        int looseness = 0;
        int index = 0;
        for (Part part : parts(template)) {
            if (part.placeholder() == null) {
                regex.append(escape(part.literal()));
            } else {
                ParameterPattern pattern = this.parameters.get(index++).pattern();
                regex.append(pattern.regex());
                looseness += pattern.looseness();
            }
        }
        // a trailing slash is the same resource to the servers these docs describe
        this.regex = regex + "/?";
        this.looseness = looseness;
    }

    /** The template with each parameter typed from the documented ones: by name, else by position. */
    public static PathTemplate of(String template, List<Parameter> documented) {
        return new PathTemplate(template, documented);
    }

    /** The template with untyped parameters: its shape alone. */
    public static PathTemplate of(String template) {
        return new PathTemplate(template, List.of());
    }

    /** The template of a REST operation, typed from its path parameters. */
    public static PathTemplate of(Operation operation) {
        return new PathTemplate(operation.path(), operation.pathParameters());
    }

    public String template() {
        return template;
    }

    /** The segments, each with its typed parameters. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int index = 0;
        for (String text : segmentsOf(template)) {
            int count = placeholders(text).size();
            segments.add(new Segment(text, parameters.subList(index, index + count)));
            index += count;
        }
        return segments;
    }

    public List<TypedParameter> parameters() {
        return parameters;
    }

    /**
     * A portable regex of the paths that fit (no {@code \Q..\E}, no flags but inline groups), each parameter as its
     * type allows, a trailing slash tolerated. WireMock stubs and Pact path rules carry it.
     */
    public String regex() {
        return regex;
    }

    /**
     * How loose the template is: literal segments cost nothing, an enum or bool parameter 1, a number 2, any other
     * 3. Among templates a path fits, the least loose wins: {@code /List/default} over {@code /List/{id}}, an
     * int32 {@code {id}} over a string {@code {uniqueId}} of the same shape.
     */
    public int looseness() {
        return looseness;
    }

    /**
     * A portable regex of the request paths a client may send for this template, as the real server (ASP.NET)
     * routes them: literal characters also percent-encoded ({@code %24metadata} for {@code $metadata}), literal
     * segments in any case unless {@code ignoreCase} is false. WireMock stubs carry it.
     */
    public String requestRegex(boolean ignoreCase) {
        return requestRegex(ignoreCase, false);
    }

    private String requestRegex(boolean ignoreCase, boolean captureParameters) {
        StringBuilder regex = new StringBuilder(ignoreCase ? "(?i:" : "");
        int index = 0;
        for (Part part : parts(template)) {
            if (part.placeholder() == null) {
                regex.append(encodable(part.literal()));
            } else {
                String pattern = parameters.get(index++).pattern().regex();
                regex.append(captureParameters ? "(" + pattern + ")" : pattern);
            }
        }
        return regex + (ignoreCase ? ")" : "") + "/?";
    }

    /** Whether a request path (no query string) fits, literal segments in any case; see {@link #matches(String, boolean)}. */
    public boolean matches(String path) {
        return matches(path, true);
    }

    /**
     * Whether a request path (no query string) fits: its literal segments as {@link #requestRegex} accepts them,
     * its parameters of their documented types, integers within their type's width.
     */
    public boolean matches(String path, boolean ignoreCase) {
        Pattern compiled = ignoreCase ? typedIgnoringCase : typed;
        if (compiled == null) {
            // two threads may both compile it; either result is the same pattern
            compiled = Pattern.compile(requestRegex(ignoreCase, true));
            if (ignoreCase) {
                typedIgnoringCase = compiled;
            } else {
                typed = compiled;
            }
        }
        Matcher matcher = compiled.matcher(path);
        if (!matcher.matches()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!fitsWidth(parameters.get(i), matcher.group(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** An integer parameter's value within its type's width; any other parameter's value as it is. */
    private static boolean fitsWidth(TypedParameter parameter, String value) {
        if (TypeKind.of(parameter.type()) != TypeKind.INTEGER) {
            return true;
        }
        try {
            return TypeKind.fitsInteger(parameter.type(), new java.math.BigInteger(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Literal text as a regex that also takes each character percent-encoded, where a client may encode it. */
    private static String encodable(String literal) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                regex.append(escape(String.valueOf(c)));
            } else {
                StringBuilder encoded = new StringBuilder();
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    encoded.append(String.format("%%%02X", b & 0xff));
                }
                regex.append("(?:").append(escape(String.valueOf(c))).append('|').append(encoded).append(')');
            }
        }
        return regex.toString();
    }

    /**
     * A path segment as routing compares literal segments: percent-decoded (UTF-8; a malformed escape stays as
     * written) and lower-cased. Looser than {@link #matches}: it only narrows the candidates.
     */
    public static String routingKey(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment.toLowerCase(java.util.Locale.ROOT);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int low = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The parameters of a request path (no query string) that do not fit their documented types; empty when the
     * path fits, or when it does not even have the template's shape.
     */
    public List<Mismatch> mismatches(String path) {
        List<String> actual = segmentsOf(path);
        List<Segment> segments = segments();
        List<Mismatch> mismatches = new ArrayList<>();
        if (actual.size() != segments.size()) {
            return mismatches;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.isLiteral()) {
                continue;
            }
            Matcher values = shapeOf(segment).matcher(actual.get(i));
            if (!values.matches()) {
                continue;
            }
            for (int p = 0; p < segment.parameters().size(); p++) {
                TypedParameter parameter = segment.parameters().get(p);
                String value = values.group(p + 1);
                if (!Pattern.matches(parameter.pattern().regex(), value) || !fitsWidth(parameter, value)) {
                    mismatches.add(new Mismatch(parameter.name(), parameter.type(), value));
                }
            }
        }
        return mismatches;
    }

    /**
     * Whether another template or a request path has this one's shape: as many segments, and the same literal
     * segments (case aside) wherever both have one; parameters on either side stand for any value.
     */
    public boolean sameShape(String other) {
        List<String> theirs = segmentsOf(RequestTarget.pathOf(other));
        List<Segment> segments = segments();
        if (theirs.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String mine = segments.get(i).text();
            if (segments.get(i).isLiteral() && placeholders(theirs.get(i)).isEmpty()
                    && !mine.equalsIgnoreCase(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The template with each parameter replaced by an example value of its documented type. */
    public String example() {
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (Part part : parts(template)) {
            if (part.placeholder() == null) {
                out.append(part.literal());
            } else {
                out.append(exampleText(parameters.get(index++).type()));
            }
        }
        return out.toString();
    }

    private static String exampleText(String type) {
        Object value = ExampleValues.of(type, "abc");
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : "abc";
    }

    /** The segments of a path or template, the one way they are split: no leading slash, one trailing slash dropped. */
    public static List<String> segmentsOf(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.length() > start && path.endsWith("/") ? path.length() - 1 : path.length();
        List<String> segments = new ArrayList<>();
        if (start >= end) {
            return segments;
        }
        int from = start;
        for (int slash = path.indexOf('/', from); slash >= 0 && slash < end; slash = path.indexOf('/', from)) {
            segments.add(path.substring(from, slash));
            from = slash + 1;
        }
        segments.add(path.substring(from, end));
        return segments;
    }

    /** Whether a segment of a template holds a parameter ({@code {id}}, {@code {id}.json}): a wildcard in routing. */
    public static boolean hasParameter(String segment) {
        return segment.indexOf('{') >= 0 && !placeholders(segment).isEmpty();
    }

    private static Pattern shapeOf(Segment segment) {
        StringBuilder shape = new StringBuilder();
        for (Part part : parts(segment.text())) {
            shape.append(part.placeholder() == null ? Pattern.quote(part.literal()) : "(.+?)");
        }
        return Pattern.compile(shape.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String typeOf(String name, int position, List<Parameter> documented) {
        for (Parameter parameter : documented) {
            if (parameter.name().equalsIgnoreCase(name)) {
                return parameter.type();
            }
        }
        // sample targets and titles may name a parameter otherwise than the table does: then its place decides
        return position < documented.size() ? documented.get(position).type() : "";
    }

    private record Placeholder(String name) {
    }

    /** A run of literal text, or a {@code {name}} placeholder. */
    private record Part(String literal, Placeholder placeholder) {
    }

    private static List<Placeholder> placeholders(String text) {
        return parts(text).stream().map(Part::placeholder).filter(p -> p != null).toList();
    }

    /** Literal runs and placeholders; an opening brace with no closing one, or with nothing inside, is literal. */
    private static List<Part> parts(String text) {
        if (text.indexOf('{') < 0) {
            return text.isEmpty() ? List.of() : List.of(new Part(text, null));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            int slash = text.indexOf('/', i);
            if (close > i + 1 && (slash < 0 || slash > close)) {
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, new Placeholder(text.substring(i + 1, close))));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return parts;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            escaped.append("\\.[]{}()*+?^$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return escaped.toString();
    }

    /** The regex of one parameter's documented type, and how loose it is. */
    public record ParameterPattern(String regex, int looseness) {
        public static ParameterPattern of(String type) {
            return switch (TypeKind.of(type)) {
                case ENUM -> new ParameterPattern("(?i:" + String.join("|", TypeKind.enumValues(type).stream()
                        .map(PathTemplate::escape).toList()) + ")", 1);
                case BOOLEAN -> new ParameterPattern("(?i:true|false)", 1);
                case INTEGER -> new ParameterPattern("-?[0-9]+", 2);
                case NUMBER -> new ParameterPattern("-?[0-9]+(?:\\.[0-9]+)?", 2);
                default -> new ParameterPattern("[^/]+", 3);
            };
        }
    }

    @Override
    public String toString() {
        return template;
    }
}

package io.docmock.parser.internal;

import io.docmock.model.Header;
import io.docmock.model.HttpBodies;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import io.docmock.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the raw HTTP messages of {@code http!} (request) and {@code http_} (response) blocks. */
public final class HttpSamples {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private HttpSamples() {
    }

    /** The first line's tokens, when it starts with an HTTP method: {@code [method, target]}, else null. */
    public static String[] requestLine(String literal) {
        for (String line : literal.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] tokens = WHITESPACE.split(line.strip(), 2);
            String method = tokens[0].toUpperCase(Locale.ROOT);
            if ("DEL".equals(method)) {
                method = "DELETE";
            }
            if (!METHODS.contains(method) || tokens.length < 2) {
                return null;
            }
            String target = tokens[1].strip();
            int version = target.lastIndexOf(" HTTP/");
            if (version > 0) {
                target = target.substring(0, version).strip();
            }
            return new String[] {method, withoutOrigin(target)};
        }
        return null;
    }

    /** {@code https://{tenant}.example.com/api/v1/X} as {@code /api/v1/X}: the mock serves paths, not hosts. */
    static String withoutOrigin(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return target;
        }
        int path = target.indexOf('/', target.indexOf("//") + 2);
        return path < 0 ? "/" : target.substring(path);
    }

    public static SampleRequest request(Block.Fence fence, Diagnostics diagnostics) {
        Message message = Message.split(fence);
        String[] requestLine = message.startLine == null ? null : requestLine(message.startLine);
        if (requestLine == null) {
            diagnostics.warn(fence.file(), fence.contentLine() + message.startIndex,
                    "sample request does not start with an HTTP method and a path: '"
                            + (message.startLine == null ? "" : message.startLine.strip()) + "'");
            return null;
        }
        List<Header> headers = message.headers(diagnostics);
        message.checkBody(headers, diagnostics);
        return new SampleRequest(requestLine[0], requestLine[1], headers, message.body(),
                new Source(fence.file(), fence.line()));
    }

    public static SampleResponse response(Block.Fence fence, Diagnostics diagnostics) {
        Message message = Message.split(fence);
        String start = message.startLine == null ? "" : message.startLine.strip();
        String[] tokens = start.split(" ", 3);
        int status = -1;
        if (tokens.length >= 2 && tokens[0].toUpperCase(Locale.ROOT).startsWith("HTTP/")) {
            status = parseStatus(tokens[1]);
        }
        if (status < 0) {
            diagnostics.warn(fence.file(), fence.contentLine() + message.startIndex,
                    "sample response does not start with a status line like 'HTTP/1.1 200 OK': '" + start + "'");
            return null;
        }
        String reason = tokens.length == 3 ? tokens[2] : "";
        List<Header> headers = message.headers(diagnostics);
        message.checkBody(headers, diagnostics);
        return new SampleResponse(status, reason, headers, message.body(), new Source(fence.file(), fence.line()));
    }

    private static int parseStatus(String token) {
        try {
            int status = Integer.parseInt(token);
            return status >= 100 && status <= 599 ? status : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A message split into start line, header lines and body, with their positions in the block. */
    private record Message(Block.Fence fence, String startLine, int startIndex, List<String> headerLines,
                           int headerIndex, int bodyIndex, String rawBody) {
        static Message split(Block.Fence fence) {
            String[] lines = fence.literal().split("\n", -1);
            int i = 0;
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i == lines.length) {
                return new Message(fence, null, 0, List.of(), 0, 0, "");
            }
            int start = i++;
            List<String> headers = new ArrayList<>();
            int headerIndex = i;
            while (i < lines.length && !lines[i].isBlank()) {
                headers.add(lines[i++]);
            }
            StringBuilder body = new StringBuilder();
            int bodyIndex = ++i;
            while (bodyIndex < lines.length && lines[bodyIndex].isBlank()) {
                bodyIndex++;
            }
            for (; i < lines.length; i++) {
                body.append(lines[i]).append('\n');
            }
            return new Message(fence, lines[start], start, headers, headerIndex, bodyIndex,
                    body.toString().strip());
        }

        List<Header> headers(Diagnostics diagnostics) {
            List<Header> headers = new ArrayList<>();
            for (int k = 0; k < headerLines.size(); k++) {
                String line = headerLines.get(k);
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    diagnostics.warn(fence.file(), fence.contentLine() + headerIndex + k,
                            "sample header line has no 'Name: value': '" + line.strip() + "'");
                    continue;
                }
                headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
            return headers;
        }

        String body() {
            return rawBody;
        }

        /** Warns when a body that claims to be JSON (or looks like it) does not parse. */
        void checkBody(List<Header> headers, Diagnostics diagnostics) {
            if (rawBody.isEmpty()) {
                return;
            }
            String contentType = null;
            for (Header header : headers) {
                if (header.name().equalsIgnoreCase("Content-Type")) {
                    contentType = header.value();
                }
            }
            if (!HttpBodies.isJson(contentType, rawBody)) {
                return;
            }
            String problem = SampleBodies.jsonProblem(rawBody);
            if (problem != null) {
                diagnostics.warn(fence.file(), fence.contentLine() + bodyIndex,
                        "sample body is not valid JSON: " + problem);
            }
        }
    }
}

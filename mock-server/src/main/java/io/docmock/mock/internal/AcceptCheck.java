package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.route.RestMatch;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A REST request whose {@code Accept} rules out every type the operation answers with (the Content-Types of its
 * sample answers) gets 406 with a problem naming the types it can send, as content negotiation on the real server
 * does; {@code *}{@code /*}, {@code type/*} and media types with {@code q} above 0 are understood.
 */
public final class AcceptCheck extends RequestCheck {
    public AcceptCheck(Context context) {
        super("accept-check", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        String accept = header(request, "Accept");
        if (accept == null || accept.isBlank()) {
            return null;
        }
        RestMatch match = routes().rest(request);
        if (match == null) {
            return null;
        }
        List<String> answers = answerTypes(match.operation());
        if (answers.isEmpty() || answers.stream().anyMatch(type -> accepts(accept, type))) {
            return null;
        }
        String detail = "Accept: " + accept + " rules out every type " + match.operation().label() + " answers with;"
                + " it answers " + String.join(", ", answers);
        Map<String, Object> body = Problems.withOperation(Problems.body(406, "Not Acceptable", detail),
                match.operation());
        body.put("available", answers);
        return reject(serveEvent, detail, Problems.response(body));
    }

    /** The media types of the operation's sample answers, in the docs' order. */
    private static List<String> answerTypes(Operation operation) {
        return operation.samples().stream().map(Sample::response).filter(response -> response != null)
                .map(response -> response.header("Content-Type")).filter(type -> type != null && !type.isBlank())
                .map(AcceptCheck::mediaType).distinct().toList();
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether an Accept header takes this media type at a quality above 0. */
    static boolean accepts(String accept, String mediaType) {
        String type = mediaType.substring(0, Math.max(mediaType.indexOf('/'), 0));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean matches = name.equals("*/*") || name.equals(mediaType) || name.equals(type + "/*");
            if (matches && quality(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}

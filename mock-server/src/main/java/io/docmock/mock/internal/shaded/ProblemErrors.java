package io.docmock.mock.internal.shaded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.http.HttpStatus;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a malformed request line, bad chunking, a failure inside the server) as
 * {@code application/problem+json}, never an HTML page with a Java stack trace. A 5xx says only that the server
 * failed: what failed is for the server's log, not for whoever sent the request.
 */
final class ProblemErrors extends ErrorHandler {
    private final Refusals refusals;

    ProblemErrors(Refusals refusals) {
        this.refusals = refusals;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        byte[] body = refusals.refuse(request.getMethod(), url, code, title(code), detail(code, message))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/problem+json");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** A request Jetty could not even parse: answered before any handler runs. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(refusals.refuse("?", "?", status, title(status), detail(status, reason))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String title(int code) {
        String reason = HttpStatus.getMessage(code);
        return reason == null ? "Error" : reason;
    }

    private static String detail(int code, String message) {
        if (code >= 500) {
            return "the server could not answer this request";
        }
        return message == null || message.isBlank() ? title(code) : message;
    }
}

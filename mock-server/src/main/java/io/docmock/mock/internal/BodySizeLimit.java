package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** A request body over the limit gets 413; one that declares such a length is refused before it is read. */
public final class BodySizeLimit extends RequestCheck {
    private final long maxBodyBytes;

    public BodySizeLimit(long maxBodyBytes, Context context) {
        super("body-size-limit", context);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        String declared = request.getHeader("Content-Length");
        long length = declared == null ? -1 : parseLength(declared);
        byte[] body = length > maxBodyBytes ? null : request.getBody();
        if (length <= maxBodyBytes && (body == null || body.length <= maxBodyBytes)) {
            return null;
        }
        String reason = "request body of " + Math.max(length, body == null ? 0 : body.length)
                + " bytes is over the limit of " + maxBodyBytes + " bytes";
        return reject(serveEvent, reason, Problems.response(Problems.body(413, "Request body too large", reason)));
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

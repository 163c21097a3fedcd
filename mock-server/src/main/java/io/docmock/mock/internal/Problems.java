package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.docmock.model.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers docmock makes up itself, as RFC 9457 problem documents ({@code application/problem+json}). */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    /** A problem body: status, title, detail, then the extra members in order. */
    public static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        return body;
    }

    public static Map<String, Object> withOperation(Map<String, Object> body, Operation operation) {
        body.put("operation", operation.id());
        body.put("source", operation.source().toString());
        return body;
    }

    public static ResponseDefinitionBuilder response(Map<String, Object> body) {
        return WireMock.aResponse()
                .withStatus((Integer) body.get("status"))
                .withHeader("Content-Type", CONTENT_TYPE)
                .withBody(Json.write(body));
    }
}

package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.docmock.mock.internal.shaded.Patterns.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /__docmock/health}: 200 once the docs are loaded and served, for a readiness probe; the server
 * listens only from then on.
 */
public final class HealthStub {
    public static final String PATH = RequestHistory.PATH_PREFIX + "health";

    private HealthStub() {
    }

    public static StubMapping stub(int operations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("operations", operations);
        return get(urlPathEqualTo(PATH))
                .atPriority(StubKind.HEALTH.priority())
                .withId(StubIds.of("_docmock", StubKind.HEALTH.label()))
                .withName("docmock health")
                .withMetadata(StubRoute.pathMetadata(PATH, StubKind.HEALTH))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Json.write(body)))
                .build();
    }
}

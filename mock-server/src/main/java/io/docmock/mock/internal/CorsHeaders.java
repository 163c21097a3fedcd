package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.docmock.mock.internal.shaded.Patterns.matching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * CORS, written into the stubs themselves so that the mapping files behave the same on stock WireMock: every
 * answer allows any origin, and a preflight {@code OPTIONS} gets 204 with the methods and the headers the docs use.
 */
public final class CorsHeaders {
    public static final String PREFLIGHT_GROUP = "_cors-preflight";
    private static final Set<String> ALWAYS_ALLOWED = Set.of("Accept", "Accept-Language", "Authorization",
            "Content-Type", "Prefer", "SOAPAction");

    private final boolean enabled;

    public CorsHeaders(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public ResponseDefinitionBuilder add(ResponseDefinitionBuilder answer) {
        if (enabled) {
            answer.withHeader("Access-Control-Allow-Origin", "*")
                    .withHeader("Access-Control-Expose-Headers", "*");
        }
        return answer;
    }

    /** The preflight stub: any {@code OPTIONS} that carries {@code Access-Control-Request-Method}. */
    public StubMapping preflight(Collection<Operation> operations) {
        Set<String> methods = new TreeSet<>(Set.of("OPTIONS"));
        Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        headers.addAll(ALWAYS_ALLOWED);
        for (Operation operation : operations) {
            methods.add(operation.method());
            operation.requestHeaders().stream().map(Parameter::name).forEach(headers::add);
        }
        return WireMock.request("OPTIONS", anyUrl())
                .withHeader("Access-Control-Request-Method", matching(".+"))
                .atPriority(StubKind.CORS_PREFLIGHT.priority())
                .withId(StubIds.of(PREFLIGHT_GROUP, "preflight"))
                .withName("CORS preflight")
                .withMetadata(StubRoute.kindMetadata(StubKind.CORS_PREFLIGHT))
                .willReturn(aResponse().withStatus(204)
                        .withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Access-Control-Allow-Methods", String.join(", ", methods))
                        .withHeader("Access-Control-Allow-Headers", String.join(", ", headers))
                        .withHeader("Access-Control-Max-Age", "600"))
                .build();
    }

}

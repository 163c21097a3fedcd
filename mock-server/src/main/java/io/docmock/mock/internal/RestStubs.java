package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static io.docmock.mock.internal.shaded.Patterns.matching;
import static io.docmock.mock.internal.shaded.Patterns.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.DocumentedResponse;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.HttpBodies;
import io.docmock.model.PathTemplate;
import io.docmock.model.Sample;
import io.docmock.model.SampleResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stubs of one REST operation, all matching method and path template (any query, any headers):
 * {@code Prefer: code=N} for each documented status, {@code Prefer: example=NAME} when there are several samples,
 * a 400 for a {@code Prefer} code the docs do not list, and the default answer, the first sample.
 */
public final class RestStubs {
    private final CorsHeaders cors;
    private final boolean caseSensitivePaths;

    public RestStubs(CorsHeaders cors, boolean caseSensitivePaths) {
        this.cors = cors;
        this.caseSensitivePaths = caseSensitivePaths;
    }

    public List<StubMapping> build(Operation operation) {
        PathTemplate template = PathTemplate.of(operation);
        // one pattern and one source string serve all of this operation's stubs: 10,000 operations' copies are memory
        OperationPath path = new OperationPath(template.looseness(), urlPathMatching(template.requestRegex(!caseSensitivePaths)),
                operation.source().toString());
        List<StubMapping> stubs = new ArrayList<>();
        Set<Integer> statuses = operation.statuses();
        List<Sample> answered = operation.samples().stream().filter(s -> s.response() != null).toList();

        for (int status : statuses) {
            stubs.add(stub(operation, path, StubKind.PREFER_CODE, StubKind.PREFER_CODE.label(status),
                    prefer("code=" + status), answerFor(operation, status, answered)));
        }
        if (answered.size() > 1) {
            for (Sample sample : answered) {
                stubs.add(stub(operation, path, StubKind.PREFER_EXAMPLE, StubKind.PREFER_EXAMPLE.label(sample.name()),
                        prefer("example=" + sample.name()), fromSample(sample.response())));
            }
        }
        Map<String, Object> unknown = Problems.withOperation(Problems.body(400, "Status not documented",
                "Prefer asked for a status that " + operation.label() + " does not document; documented: "
                        + String.join(", ", statuses.stream().map(String::valueOf).toList())), operation);
        unknown.put("documented", List.copyOf(statuses));
        stubs.add(stub(operation, path, StubKind.PREFER_UNDOCUMENTED_CODE, StubKind.PREFER_UNDOCUMENTED_CODE.label(),
                prefer("code=[0-9]+"),
                cors.add(Problems.response(unknown))));
        ResponseDefinitionBuilder defaultAnswer = answered.isEmpty() ? generated(operation, firstSuccess(operation))
                : fromSample(answered.get(0).response());
        stubs.add(stub(operation, path, StubKind.DEFAULT_ANSWER, StubKind.DEFAULT_ANSWER.label(), null, defaultAnswer));
        return stubs;
    }

    private record OperationPath(int looseness, UrlPattern url, String source) {
    }

    /** {@code Prefer} patterns are the same for every operation: made once, shared. */
    private static final Map<String, StringValuePattern> PREFER = new ConcurrentHashMap<>();

    private static StringValuePattern prefer(String preference) {
        return PREFER.computeIfAbsent(preference,
                p -> matching("(?i)(?:.*[\\s,;])?" + p + "(?:[\\s,;].*)?"));
    }

    private StubMapping stub(Operation operation, OperationPath path, StubKind kind, String label,
                             StringValuePattern prefer, ResponseDefinitionBuilder answer) {
        MappingBuilder builder = request(operation.method(), path.url()).atPriority(kind.priority(path.looseness()));
        if (prefer != null) {
            builder.withHeader("Prefer", prefer);
        }
        return builder.withId(StubIds.of(operation.id(), label))
                .withName(operation.id() + " " + label)
                .withMetadata(StubRoute.metadata(operation, path.source(), label))
                .willReturn(answer)
                .build();
    }

    /** The answer for a requested status: its sample, else a generated success body, else a problem body. */
    private ResponseDefinitionBuilder answerFor(Operation operation, int status, List<Sample> answered) {
        for (Sample sample : answered) {
            if (sample.response().status() == status) {
                return fromSample(sample.response());
            }
        }
        DocumentedResponse documented = operation.responses().stream().filter(r -> r.status() == status)
                .findFirst().orElse(null);
        if (status >= 200 && status < 300) {
            return generated(operation, documented);
        }
        String description = documented == null || documented.description().isBlank() ? "" : documented.description();
        Map<String, Object> body = Problems.withOperation(Problems.body(status,
                description.isEmpty() ? "Documented status " + status : description,
                "The documented " + status + " answer of " + operation.label() + " (the docs give no sample of it)"),
                operation);
        return cors.add(Problems.response(body).withStatusMessage(description.isEmpty() ? null : description));
    }

    private static DocumentedResponse firstSuccess(Operation operation) {
        return operation.responses().stream().filter(r -> r.status() >= 200 && r.status() < 300).findFirst()
                .orElse(null);
    }

    /** A documented success with no sample: its status, and a body built from its documented properties. */
    private ResponseDefinitionBuilder generated(Operation operation, DocumentedResponse documented) {
        int status = documented == null ? 200 : documented.status();
        ResponseDefinitionBuilder answer = aResponse().withStatus(status);
        if (documented != null && !documented.description().isBlank()) {
            answer.withStatusMessage(documented.description());
        }
        String body = documented == null || HttpBodies.statusCarriesNoBody(status) ? null : ExampleBody.json(documented.body());
        if (body != null) {
            answer.withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
        }
        return cors.add(answer);
    }

    /** The documented sample response: status, reason phrase, headers, body (none for 204 and 304). */
    public ResponseDefinitionBuilder fromSample(SampleResponse sample) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(sample.status());
        if (!sample.reason().isBlank()) {
            answer.withStatusMessage(sample.reason());
        }
        for (Header header : sample.headers()) {
            if (!HOP_BY_HOP.contains(header.name().toLowerCase(java.util.Locale.ROOT))) {
                answer.withHeader(header.name(), header.value());
            }
        }
        if (!HttpBodies.statusCarriesNoBody(sample.status()) && !sample.body().isEmpty()) {
            answer.withBody(sample.body());
        }
        return cors.add(answer);
    }

    private static final Set<String> HOP_BY_HOP = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade");
}

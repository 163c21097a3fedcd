package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.docmock.mock.internal.shaded.Patterns.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.docmock.mock.ContractRecorder;
import io.docmock.mock.RecordedExchange;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Records each request the mock answered from the docs (not one that validation refused, nor a Fault for an
 * undocumented operation), one per operation, status and documented answer, and serves them as a consumer contract
 * at {@code POST /__docmock/pact}.
 */
public final class PactRecording implements ServeEventListener {
    public static final String PATH = RequestHistory.PATH_PREFIX + "pact";
    /** More distinct answers than any consumer's tests use: a flood of requests cannot grow the record without end. */
    private static final int MAX_RECORDED = 10_000;
    private static final Set<StubKind> NOT_DOCUMENTED = Set.of(StubKind.PREFER_UNDOCUMENTED_CODE,
            StubKind.SOAPACTION_DISAGREES, StubKind.ACTION_DISAGREES);
    private static final List<String> KEPT_REQUEST_HEADERS = List.of("Content-Type", "Accept", "SOAPAction");

    private final Map<String, RecordedExchange> recorded = new LinkedHashMap<>();
    private final Function<String, Operation> operations;
    private final ContractRecorder recorder;

    /** {@code operations}: the served operation of an id, or null. */
    public PactRecording(Function<String, Operation> operations, ContractRecorder recorder) {
        this.operations = operations;
        this.recorder = recorder;
    }

    @Override
    public String getName() {
        return "docmock-pact-recording";
    }

    /** What was recorded so far, in the order first seen. */
    public List<RecordedExchange> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded.values());
        }
    }

    /** Writes the contract of what was recorded so far, and returns it. */
    public String write() throws IOException {
        return recorder.write(recorded());
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        StubMapping stub = serveEvent.getStubMapping();
        Metadata metadata = stub == null ? null : stub.getMetadata();
        if (metadata == null || !(metadata.get("operation") instanceof String id)
                || !(metadata.get("kind") instanceof String label) || RequestHistory.reasonOf(serveEvent) != null
                || serveEvent.getRequest().getUrl().startsWith(RequestHistory.PATH_PREFIX)) {
            return;
        }
        StubKind kind = StubKind.of(label);
        Operation operation = operations.apply(id);
        if (kind == null || NOT_DOCUMENTED.contains(kind) || operation == null) {
            return;
        }
        LoggedResponse response = serveEvent.getResponse();
        ResponseDefinition definition = serveEvent.getResponseDefinition();
        int status = response != null ? response.getStatus() : definition.getStatus();
        String key = RecordedExchange.key(id, status, label);
        synchronized (recorded) {
            if (recorded.containsKey(key) || recorded.size() >= MAX_RECORDED) {
                return;
            }
        }
        LoggedRequest request = serveEvent.getRequest();
        List<Header> requestHeaders = new ArrayList<>();
        for (String name : KEPT_REQUEST_HEADERS) {
            if (request.containsHeader(name)) {
                requestHeaders.add(new Header(name, request.getHeader(name)));
            }
        }
        String contentType = contentType(response != null ? response.getHeaders() : definition.getHeaders());
        String body = response != null ? response.getBodyAsString() : definition.getBody();
        Sample sample = new Sample(label.replace(' ', '-'),
                new SampleRequest(request.getMethod().getName(), request.getUrl(), requestHeaders,
                        request.getBodyAsString() == null ? "" : request.getBodyAsString(), operation.source()),
                new SampleResponse(status, "", contentType == null ? List.of()
                        : List.of(new Header("Content-Type", contentType)), body == null ? "" : body,
                        operation.source()));
        synchronized (recorded) {
            recorded.putIfAbsent(key, new RecordedExchange(operation, label, sample));
        }
    }

    private static String contentType(HttpHeaders headers) {
        return headers != null && headers.getHeader("Content-Type").isPresent()
                ? headers.getHeader("Content-Type").firstValue() : null;
    }

    /** The stub of {@code POST /__docmock/pact}. */
    public static StubMapping stub() {
        return post(urlPathEqualTo(PATH))
                .atPriority(StubKind.RECORDED_PACT.priority())
                .withId(StubIds.of("_docmock", StubKind.RECORDED_PACT.label()))
                .withName("docmock recorded pact")
                .withMetadata(StubRoute.pathMetadata(PATH, StubKind.RECORDED_PACT))
                .willReturn(aResponse().withStatus(200).withTransformers(Answer.NAME))
                .build();
    }

    /** Writes the contract and answers it. */
    public static final class Answer extends StubTransformer {
        static final String NAME = "docmock-recorded-pact-answer";
        private final PactRecording recording;

        public Answer(PactRecording recording) {
            super(NAME);
            this.recording = recording;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                        .withHeader("Content-Type", "application/json").withBody(recording.write()).build();
            } catch (IOException e) {
                return Problems.response(Problems.body(500, "Pact not written", String.valueOf(e.getMessage())))
                        .build();
            }
        }
    }
}

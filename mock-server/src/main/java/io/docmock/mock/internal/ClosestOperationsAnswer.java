package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Operation;
import io.docmock.model.RequestTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a request no documented operation matches: 404 with the closest documented operations. It is a
 * catch-all stub of the lowest priority, completed by this transformer, rather than a WireMock not-matched
 * renderer, because a renderer's headers (CORS among them) are not sent.
 */
public final class ClosestOperationsAnswer extends StubTransformer {
    public static final String NAME = "docmock-closest-operations";

    private volatile ClosestOperations closest = new ClosestOperations(List.of());
    private final RequestHistory history;

    public ClosestOperationsAnswer(RequestHistory history) {
        super(NAME);
        this.history = history;
    }

    /** The operations to suggest from; set when they are known, which may be after WireMock is built. */
    public void answerFrom(List<Operation> operations) {
        this.closest = new ClosestOperations(operations);
    }

    /** The catch-all stub this transformer completes. */
    public static StubMapping catchAll() {
        return any(anyUrl())
                .atPriority(StubKind.NO_DOCUMENTED_OPERATION.priority())
                .withId(StubIds.of("_docmock", StubKind.NO_DOCUMENTED_OPERATION.label()))
                .withName(StubKind.NO_DOCUMENTED_OPERATION.label())
                .withMetadata(StubRoute.kindMetadata(StubKind.NO_DOCUMENTED_OPERATION))
                .willReturn(aResponse().withStatus(404).withTransformers(NAME))
                .build();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = RequestTarget.pathOf(request.getUrl());
        String method = request.getMethod().getName();
        Map<String, Object> body = Problems.body(404, "No documented operation matches",
                method + " " + path + " matches no documented operation");
        List<Map<String, String>> suggestions = new ArrayList<>();
        List<Operation> nearest = closest.closest(method, path, 3);
        history.rejected(serveEvent, "no documented operation; closest: " + String.join(", ",
                nearest.stream().map(op -> op.method() + " " + op.path() + " (" + op.id() + ", " + op.source() + ")")
                        .toList()), nearest.stream().map(Operation::id).toList());
        for (Operation operation : nearest) {
            Map<String, String> suggestion = new LinkedHashMap<>();
            suggestion.put("method", operation.method());
            suggestion.put("path", operation.path());
            suggestion.put("operation", operation.id());
            suggestion.put("source", operation.source().toString());
            suggestions.add(suggestion);
        }
        body.put("closest", suggestions);
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                .withStatus(404)
                .withHeader("Content-Type", Problems.CONTENT_TYPE)
                .withBody(Json.write(body));
        return answer.build();
    }
}

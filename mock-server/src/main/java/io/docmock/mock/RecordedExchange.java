package io.docmock.mock;

import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request the mock answered from the docs, as a sample of its operation: the request as the client sent it,
 * the answer as the mock gave it (the documented one). One per operation, status and documented example.
 *
 * @param operation the documented operation that answered
 * @param answer    which documented answer it was: the stub's kind ({@code default}, {@code prefer code=404},
 *                  {@code body 1.1}, ...)
 * @param sample    the request and the answer; its sources are the operation's page
 */
public record RecordedExchange(Operation operation, String answer, Sample sample) {
    /** Each operation that answered, once, with the samples recorded of it as its samples: a contract's input. */
    public static List<Operation> asOperations(List<RecordedExchange> exchanges) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (RecordedExchange exchange : exchanges) {
            operations.putIfAbsent(exchange.operation().id(), exchange.operation());
            samples.computeIfAbsent(exchange.operation().id(), id -> new ArrayList<>()).add(exchange.sample());
        }
        List<Operation> used = new ArrayList<>();
        operations.forEach((id, operation) -> used.add(operation.withSamples(samples.get(id))));
        return used;
    }

    /** What makes two exchanges the same interaction: operation, status and documented answer. */
    public String key() {
        return key(operation.id(), sample.response() == null ? 0 : sample.response().status(), answer);
    }

    /** The key of an exchange of this operation, status and answer, before it is made. */
    public static String key(String operationId, int status, String answer) {
        return operationId + " " + status + " " + answer;
    }
}

package io.docmock.cli;

import io.docmock.contracts.ContractOptions;
import io.docmock.contracts.PactContracts;
import io.docmock.mock.ContractRecorder;
import io.docmock.mock.RecordedExchange;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consumer pact {@code serve --record-pact} writes: each recorded exchange an interaction (the request as the
 * consumer sent it, the documented answer with generate's matching rules), as a v4 pact file.
 */
final class RecordedPact implements ContractRecorder {
    private final Path file;
    private final ContractOptions options;

    RecordedPact(Path file, ContractOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public synchronized String write(List<RecordedExchange> exchanges) throws IOException {
        Map<String, Operation> operations = new LinkedHashMap<>();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (RecordedExchange exchange : exchanges) {
            operations.putIfAbsent(exchange.operation().id(), exchange.operation());
            samples.computeIfAbsent(exchange.operation().id(), id -> new ArrayList<>()).add(exchange.sample());
        }
        List<Operation> used = new ArrayList<>();
        operations.forEach((id, operation) -> used.add(operation.withSamples(samples.get(id))));
        String json = PactContracts.json(PactContracts.build(used, options).pact(), 4);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return json;
    }
}

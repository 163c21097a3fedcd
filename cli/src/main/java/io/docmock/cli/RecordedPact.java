package io.docmock.cli;

import io.docmock.contracts.ContractOptions;
import io.docmock.contracts.PactContracts;
import io.docmock.mock.ContractRecorder;
import io.docmock.mock.RecordedExchange;
import io.docmock.model.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        List<Operation> used = RecordedExchange.asOperations(exchanges);
        String json = PactContracts.json(PactContracts.build(used, options).pact(), 4);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return json;
    }
}

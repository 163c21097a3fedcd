package io.docmock.junit5.internal;

import io.docmock.contracts.ContractOptions;
import io.docmock.contracts.PactContracts;
import io.docmock.mock.ContractRecorder;
import io.docmock.mock.RecordedExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consumer pact recorded from what the mock answered, written as {@code DIR/CONSUMER-PROVIDER.json}: every
 * exchange recorded into it, by any mock of the run (one test class after another), is an interaction of it.
 */
public final class PactFile implements ContractRecorder {
    private final Path folder;
    private final ContractOptions options;
    private final Map<String, RecordedExchange> exchanges = new LinkedHashMap<>();

    public PactFile(Path folder, String consumer, String provider) {
        this.folder = folder;
        this.options = new ContractOptions(consumer, provider);
    }

    /** Adds these exchanges to those recorded before (the first of each operation, status and answer stays). */
    @Override
    public synchronized String write(List<RecordedExchange> recorded) throws IOException {
        recorded.forEach(exchange -> exchanges.putIfAbsent(exchange.key(), exchange));
        var pact = PactContracts.build(RecordedExchange.asOperations(List.copyOf(exchanges.values())), options).pact();
        PactContracts.write(pact, folder, 4);
        return PactContracts.json(pact, 4);
    }

    public Path file() {
        return folder.resolve(options.consumer() + "-" + options.provider() + ".json");
    }
}

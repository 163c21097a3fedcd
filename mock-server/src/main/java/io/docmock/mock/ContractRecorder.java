package io.docmock.mock;

import java.io.IOException;
import java.util.List;

/**
 * Turns what the mock answered from the docs into a consumer contract, written where its user asked and returned
 * as text: the CLI gives one that writes a Pact file. Called on {@code POST /__docmock/pact} and when the mock stops.
 */
@FunctionalInterface
public interface ContractRecorder {
    String write(List<RecordedExchange> exchanges) throws IOException;
}

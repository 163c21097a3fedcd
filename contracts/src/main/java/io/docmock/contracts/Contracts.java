package io.docmock.contracts;

import au.com.dius.pact.core.model.V4Pact;
import io.docmock.model.Operation;
import java.util.List;

/** A pact built from the docs, and the operations that got no interaction because the docs show no response. */
public record Contracts(V4Pact pact, List<Operation> withoutSamples) {
    public Contracts {
        withoutSamples = List.copyOf(withoutSamples);
    }
}

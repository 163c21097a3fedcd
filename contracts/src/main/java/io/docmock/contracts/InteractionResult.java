package io.docmock.contracts;

import java.util.List;

/**
 * The verification of one interaction.
 *
 * @param pactFile    the pact file it came from
 * @param description the interaction's description
 * @param source      the documented page and line it was built from, or empty when the pact does not say
 * @param mismatches  what differed, one readable line each; empty when it passed
 * @param millis      how long it took
 */
public record InteractionResult(String pactFile, String description, String source, List<String> mismatches,
                                long millis) {
    public InteractionResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}

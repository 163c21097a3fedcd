package io.docmock.contracts;

import java.util.List;

/**
 * One interaction of a consumer's pact, checked against the docs.
 *
 * @param pactFile    the pact file
 * @param index       its index in the pact's interactions
 * @param description the interaction's description
 * @param request     method and path, as the pact gives them
 * @param operation   the documented operation it was checked against ({@code id}), or empty when none
 * @param source      that operation's page and line, or empty
 * @param findings    what differs from the docs; empty when it passed
 * @param skipped     why it was not checked (not an HTTP interaction), or empty
 */
public record CheckedInteraction(String pactFile, int index, String description, String request, String operation,
                                 String source, List<Finding> findings, String skipped) {
    public CheckedInteraction {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty() && skipped.isEmpty();
    }

    public boolean isSkipped() {
        return !skipped.isEmpty();
    }

    /** As a verification result, for the reports verify writes too. */
    public InteractionResult asResult() {
        return new InteractionResult(pactFile, "[" + index + "] " + description,
                source, findings.stream().map(Finding::line).toList(), 0);
    }
}

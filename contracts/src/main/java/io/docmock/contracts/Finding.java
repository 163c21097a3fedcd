package io.docmock.contracts;

/**
 * One way an interaction of a consumer's pact differs from the docs.
 *
 * @param code       stable, in the spirit of openapi-pact-comparator's: {@code response.body.incompatible}, ...
 * @param where      where in the pact: {@code interactions[3].response.body.ContactId}
 * @param message    what is wrong, in a line
 * @param documented what the docs say there, or empty
 */
public record Finding(String code, String where, String message, String documented) {
    /** The finding in one line. */
    public String line() {
        return code + " " + where + ": " + message + (documented.isEmpty() ? "" : " (docs: " + documented + ")");
    }
}

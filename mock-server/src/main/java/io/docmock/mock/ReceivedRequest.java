package io.docmock.mock;

import java.time.Instant;

/**
 * A request the mock received, with its outcome.
 *
 * @param time      when it came
 * @param method    its method
 * @param url       its path and query
 * @param status    the status of the answer
 * @param operation the documented operation that answered, or null
 * @param problem   why it was not answered as documented (validation problems, the closest operations with their
 *                  pages), or null when it was
 */
public record ReceivedRequest(Instant time, String method, String url, int status, String operation,
                              String problem) {
    /** Whether a documented operation answered it, as documented. */
    public boolean answeredFromDocs() {
        return problem == null && operation != null;
    }

    /** The request and its outcome in one line. */
    public String line() {
        return method + " " + url + " -> " + status + (problem != null ? ": " + problem
                : operation != null ? " (" + operation + ")" : "");
    }
}

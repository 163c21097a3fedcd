package io.docmock.mock.internal.shaded;

/**
 * How a request refused before WireMock sees it (too large, too slow, not allowed, malformed) is answered and
 * recorded: the server layer knows the HTTP facts, docmock the answer's form and its request history.
 */
@FunctionalInterface
public interface Refusals {
    /** Records the refusal and returns the {@code application/problem+json} body to send. */
    String refuse(String method, String url, int status, String title, String detail);
}

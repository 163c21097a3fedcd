package io.docmock.mock;

import io.docmock.model.Operation;
import io.docmock.model.Sample;

/**
 * One request the mock answered from the docs, as a sample of its operation: the request as the client sent it,
 * the answer as the mock gave it (the documented one). One per operation, status and documented example.
 *
 * @param operation the documented operation that answered
 * @param answer    which documented answer it was: the stub's kind ({@code default}, {@code prefer code=404},
 *                  {@code body 1.1}, ...)
 * @param sample    the request and the answer; its sources are the operation's page
 */
public record RecordedExchange(Operation operation, String answer, Sample sample) {
}

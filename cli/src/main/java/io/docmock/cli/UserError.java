package io.docmock.cli;

/** A mistake in what the user asked for: reported in one line, exit 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}

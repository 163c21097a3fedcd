package io.docmock.contracts;

/** A file given as a pact that is not one: the message names the file and what is wrong. */
public final class PactFileProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public PactFileProblem(String message) {
        super(message);
    }
}

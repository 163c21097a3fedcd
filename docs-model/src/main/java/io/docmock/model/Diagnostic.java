package io.docmock.model;

/** A problem found in the docs, with the file and 1-based line it concerns. */
public record Diagnostic(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

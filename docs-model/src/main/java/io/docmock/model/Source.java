package io.docmock.model;

/** Where something was documented: a file and a 1-based line in it. */
public record Source(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}

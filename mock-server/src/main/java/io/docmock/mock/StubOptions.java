package io.docmock.mock;

/**
 * How stubs are built.
 *
 * @param cors               answer CORS preflights and send {@code Access-Control-Allow-Origin} on every documented
 *                           answer
 * @param caseSensitivePaths match literal path segments only in the documented case (the real server ignores case)
 */
public record StubOptions(boolean cors, boolean caseSensitivePaths) {
    /** CORS as given, paths in any case. */
    public StubOptions(boolean cors) {
        this(cors, false);
    }

    public static StubOptions defaults() {
        return new StubOptions(true, false);
    }
}

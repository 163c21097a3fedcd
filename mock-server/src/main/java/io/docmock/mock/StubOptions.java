package io.docmock.mock;

/**
 * How stubs are built.
 *
 * @param cors answer CORS preflights and send {@code Access-Control-Allow-Origin} on every documented answer
 */
public record StubOptions(boolean cors) {
    public static StubOptions defaults() {
        return new StubOptions(true);
    }
}

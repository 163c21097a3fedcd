package io.docmock.check;

/**
 * One way a value does not fit the docs.
 *
 * @param where    {@code body.AssociateId}, {@code path.id}, {@code body}
 * @param expected what the docs say ({@code Integer}, {@code a documented property})
 * @param actual   what came ({@code string "abc"})
 */
public record Problem(String where, String expected, String actual) {
    public String message() {
        return where + ": expected " + expected + ", got " + actual;
    }
}

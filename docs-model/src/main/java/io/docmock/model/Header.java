package io.docmock.model;

/** One header line of a sample, in the order the sample gives it. */
public record Header(String name, String value) {
}

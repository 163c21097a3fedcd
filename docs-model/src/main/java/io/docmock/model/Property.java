package io.docmock.model;

/** One row of a body property table; {@code type} as the docs write it ({@code Integer}, {@code array}, {@code Role}). */
public record Property(String name, String type, String description) {
}

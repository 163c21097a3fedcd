package io.docmock.model;

/**
 * A documented parameter: a path part, query parameter, request header or SOAP parameter.
 * {@code type} is kept as the docs write it ({@code int32}, {@code String}, {@code Enum: A, B}); it may be empty.
 */
public record Parameter(String name, String type, String description, boolean required) {
}

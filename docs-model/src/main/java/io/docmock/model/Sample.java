package io.docmock.model;

/**
 * One documented example exchange. {@code name} is stable within the operation ({@code sample-1}, ...);
 * either side may be missing (a page whose sample response is an include that does not resolve).
 */
public record Sample(String name, SampleRequest request, SampleResponse response) {
}

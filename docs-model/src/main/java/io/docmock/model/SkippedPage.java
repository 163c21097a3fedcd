package io.docmock.model;

/** A page that was read but describes no operation (an index, an overview, a WSDL page), and why. */
public record SkippedPage(String file, String reason) {
}

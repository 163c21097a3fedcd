package io.docmock.model;

import java.util.List;

/**
 * A documented sample request. {@code target} is the request target as written, path template and query string
 * included ({@code GET /api/v1/Contact/{id}}); for SOAP it is the endpoint path and the method POST.
 * {@code body} is the raw text, empty when the sample has none.
 */
public record SampleRequest(String method, String target, List<Header> headers, String body, Source source) {
    public SampleRequest {
        headers = List.copyOf(headers);
    }

    /** The value of the first header with this name (case-insensitive), or null. */
    public String header(String name) {
        return Headers.first(headers, name);
    }
}

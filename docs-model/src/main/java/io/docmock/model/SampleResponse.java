package io.docmock.model;

import java.util.List;

/**
 * A documented sample response: status, reason phrase exactly as the docs write it (double spaces included),
 * headers in order, and the raw body text (empty when there is none).
 */
public record SampleResponse(int status, String reason, List<Header> headers, String body, Source source) {
    public SampleResponse {
        headers = List.copyOf(headers);
    }

    /** The value of the first header with this name (case-insensitive), or null. */
    public String header(String name) {
        return Headers.first(headers, name);
    }
}

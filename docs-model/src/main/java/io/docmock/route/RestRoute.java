package io.docmock.route;

import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;

/** A REST operation with its path template, built once. */
public record RestRoute(Operation operation, PathTemplate template) {
    public static RestRoute of(Operation operation) {
        return new RestRoute(operation, PathTemplate.of(operation));
    }
}

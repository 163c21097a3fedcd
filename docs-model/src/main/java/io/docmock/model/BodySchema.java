package io.docmock.model;

import java.util.List;

/**
 * A documented request or response body: the type name the docs give ({@code OperationResult}, {@code bool},
 * {@code array}) and its property table, empty when the page has none (scalars, arrays, binary).
 */
public record BodySchema(String typeName, String description, List<Property> properties) {
    public BodySchema {
        properties = List.copyOf(properties);
    }
}

package io.docmock.model;

/** A row of the response status table; {@code body} is the documented body for success statuses, else null. */
public record DocumentedResponse(int status, String description, BodySchema body) {
}

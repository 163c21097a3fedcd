package io.docmock.model;

/** How an operation is called: a REST method and path, or a SOAP envelope posted to an endpoint. */
public enum Protocol {
    REST,
    SOAP
}

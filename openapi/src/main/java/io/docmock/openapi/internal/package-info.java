/** Machinery of the OpenAPI document: JSON Schemas from documented types and samples, and named components. */
package io.docmock.openapi.internal;

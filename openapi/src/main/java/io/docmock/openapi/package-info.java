/** The operation model as one OpenAPI 3.1 document: {@link io.docmock.openapi.OpenApiDocument}. */
package io.docmock.openapi;

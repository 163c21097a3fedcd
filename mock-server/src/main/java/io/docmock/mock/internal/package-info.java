/**
 * The mock's machinery as WireMock extensions and data: stubs per operation and their kinds and priorities ({@link
 * io.docmock.mock.internal.StubKind}), the indexed stub store and its routes, request filters with one check each,
 * the closest-operations 404, the request history. Not an API.
 */
package io.docmock.mock.internal;

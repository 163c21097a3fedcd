/**
 * The operation model as WireMock stubs ({@link io.docmock.mock.MockStubs}, {@link io.docmock.mock.MappingFiles})
 * and the running mock ({@link io.docmock.mock.DocMockServer}).
 */
package io.docmock.mock;

/** docmock in a consumer's own tests: {@link io.docmock.junit5.DocMockTest}, its extension, and {@link io.docmock.junit5.DocMock}. */
package io.docmock.junit5;

/**
 * Markdown reference pages to the operation model; the entry is {@link io.docmock.parser.DocsParser}.
 */
package io.docmock.parser;

/**
 * The parser's machinery: pages loaded and split into blocks (commonmark), front matter (YAML), REST and SOAP page
 * readers, sample blocks and includes. Not an API.
 */
package io.docmock.parser.internal;

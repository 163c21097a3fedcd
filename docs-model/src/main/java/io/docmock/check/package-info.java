/**
 * What a value must be per the docs: JSON bodies against property tables and types (validation of requests), and
 * where the docs contradict themselves ({@link io.docmock.check.DocsLint}).
 */
package io.docmock.check;

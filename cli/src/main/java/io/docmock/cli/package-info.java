/**
 * The {@code docmock} executable (picocli): one command class per command; it only wires the other modules.
 */
package io.docmock.cli;

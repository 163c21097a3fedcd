/** Machinery of the JUnit 5 extension: where docs come from, and the pact file recorded across test classes. */
package io.docmock.junit5.internal;

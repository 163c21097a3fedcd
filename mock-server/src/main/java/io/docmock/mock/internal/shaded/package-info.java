/**
 * The only classes that use wiremock-standalone's relocated packages ({@code wiremock.com.fasterxml.jackson},
 * {@code wiremock.org.eclipse.jetty}), because WireMock's own API exposes them there: its pattern classes made
 * without reflection, and Jetty's threads. A change in WireMock's relocation touches this package alone.
 */
package io.docmock.mock.internal.shaded;

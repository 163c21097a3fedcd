/**
 * docmock against stock WireMock on synthetic docs, run by hand, never in the tests: servers as processes, the load
 * from wrk or a Java client, one table of figures.
 */
package io.docmock.benchmark;

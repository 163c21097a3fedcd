/**
 * The operation model as Pact contracts ({@link io.docmock.contracts.PactContracts}) and their verification against
 * a provider ({@link io.docmock.contracts.PactVerifier}), with pact-jvm.
 */
package io.docmock.contracts;

/**
 * One documented sample as a Pact interaction, and the matching rules that make it a contract about shape. Not an
 * API.
 */
package io.docmock.contracts.internal;

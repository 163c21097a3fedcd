/**
 * XML read safely (no DOCTYPEs, no external entities), and SOAP envelopes read in one streaming pass: the one rule
 * for which element is the operation ({@link io.docmock.xml.SoapEnvelope}).
 */
package io.docmock.xml;

package io.docmock.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What validation and the parser learn of an envelope: the first element of the first Body, and nothing else. */
class SoapEnvelopeTest {
    private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    @Test
    void theOperationIsTheFirstElementOfTheFirstBodyByNamespaceNotPrefix() {
        SoapEnvelope envelope = SoapEnvelope.read(("<s:Envelope xmlns:s='" + SOAP_12 + "' xmlns:u='urn:user'>"
                + "<s:Header><u:Ticket><u:Id/></u:Ticket></s:Header>"
                + "<s:Body><u:ChangePassword><u:Old/><u:New/></u:ChangePassword><u:Other><u:Stray/></u:Other></s:Body>"
                + "<s:Body><u:Later><u:Also/></u:Later></s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8));
        assertTrue(envelope.isEnvelope());
        assertEquals("1.2", envelope.soapVersion());
        assertEquals("urn:user", envelope.operationNamespace());
        assertEquals("ChangePassword", envelope.operationName());
        assertEquals(List.of("Old", "New"), envelope.children());
    }

    @Test
    void anEmptyBodyNamesNoOperationEvenWhenOtherElementsFollow() {
        SoapEnvelope envelope = SoapEnvelope.read("<s:Envelope xmlns:s='" + SOAP_12 + "'><s:Body/>"
                + "<s:Trailer><x><y/></x></s:Trailer></s:Envelope>");
        assertTrue(envelope.isEnvelope());
        assertNull(envelope.operationName());
        assertEquals(List.of(), envelope.children());
    }

    @Test
    void otherRootsAreWellFormedButNoEnvelope() {
        SoapEnvelope envelope = SoapEnvelope.read("<Envelope xmlns='urn:not-soap'><Body><op/></Body></Envelope>");
        assertNull(envelope.problem());
        assertFalse(envelope.isEnvelope());
        assertEquals("urn:not-soap", envelope.rootNamespace());
    }

    @Test
    void malformedXmlAndDoctypesAreProblemsWithTheirLine() {
        SoapEnvelope truncated = SoapEnvelope.read("<s:Envelope xmlns:s='" + SOAP_12 + "'>\n<s:Body>\n<op>");
        assertFalse(truncated.isEnvelope());
        assertTrue(truncated.problemLine() >= 3, truncated.toString());

        SoapEnvelope doctype = SoapEnvelope.read("<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>\n<x>&e;</x>");
        assertTrue(doctype.problem().contains("DOCTYPE"), doctype.toString());
        assertEquals(2, doctype.problemLine());
    }

    @Test
    void aBodyInEitherSoapNamespaceHoldsTheOperationAsTheXPathStubsAccept() {
        SoapEnvelope mixed = SoapEnvelope.read("<s:Envelope xmlns:s='" + SOAP_12 + "' xmlns:u='urn:user'>"
                + "<b:Body xmlns:b='http://schemas.xmlsoap.org/soap/envelope/'><u:Op><u:A/></u:Op></b:Body>"
                + "</s:Envelope>");
        assertEquals("1.2", mixed.soapVersion());
        assertEquals("Op", mixed.operationName());
        assertEquals(List.of("A"), mixed.children());
    }

    @Test
    void aBodyOutsideASoapEnvelopeHoldsNoOperation() {
        SoapEnvelope notSoap = SoapEnvelope.read("<Envelope xmlns='urn:not-soap'>"
                + "<b:Body xmlns:b='" + SOAP_12 + "'><op/></b:Body></Envelope>");
        assertNull(notSoap.operationName());
        SoapEnvelope otherBody = SoapEnvelope.read("<s:Envelope xmlns:s='" + SOAP_12 + "'>"
                + "<Body xmlns='urn:other'><op/></Body></s:Envelope>");
        assertNull(otherBody.operationName());
    }
}

package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.SoapDetails;
import io.docmock.parser.DocsParser;
import io.docmock.xml.SafeXml;
import io.docmock.xml.SoapEnvelope;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** SOAP from the documented envelopes alone: by Body element, by action, and Faults for the rest. */
class SoapDispatchTest {
    private static final String ENDPOINT = "/Remote/Services88/User.svc";
    private static DocMockServer server;
    private static Operation changePassword;
    private static Operation deleteUser;

    @BeforeAll
    static void start() throws Exception {
        Path seed = Path.of(System.getProperty("docmock.seeds", "../seeds")).resolve("003_60c5a6e640c20ae9.txt");
        String page = Files.readString(seed);
        DocsParser parser = DocsParser.builder().build();
        List<Operation> operations = new ArrayList<>(parser.parsePage("changepassword.md", page).operations());
        // a second operation at the same endpoint, as every real agent has
        DocsModel second = parser.parsePage("deleteuser.md", page.replace("services88-user-changepassword",
                "services88-user-deleteuser").replace("ChangePassword", "DeleteUser"));
        operations.addAll(second.operations());
        changePassword = operations.get(0);
        deleteUser = operations.get(1);
        server = DocMockServer.builder().port(0).build(operations).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Posted from a page, as a browser would: with its Origin. */
    private static HttpResponse<String> post(String body, String... headers) throws Exception {
        String[] withOrigin = java.util.Arrays.copyOf(headers, headers.length + 2);
        withOrigin[headers.length] = "Origin";
        withOrigin[headers.length + 1] = "http://localhost:3000";
        return Http.send(server.baseUrl(), "POST", ENDPOINT, body, withOrigin);
    }

    private static String request(Operation operation) {
        return operation.samples().get(0).request().body();
    }

    private static String answeredOperation(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        // a browser refuses an answer that allows its origin twice
        assertEquals(List.of("http://localhost:3000"), response.headers().allValues("Access-Control-Allow-Origin"));
        assertEquals("application/soap+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        return SoapEnvelope.read(response.body()).operationName();
    }

    private static String faultReason(HttpResponse<String> response, String soapVersion) throws Exception {
        SoapEnvelope envelope = SoapEnvelope.read(response.body());
        assertEquals(soapVersion, envelope.soapVersion(), response.body());
        assertEquals("Fault", envelope.operationName());
        Element fault = SafeXml.parse(response.body()).getDocumentElement();
        if (soapVersion.equals("1.2")) {
            assertEquals(400, response.statusCode());
            assertEquals("application/soap+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("soap:Sender", fault.getElementsByTagNameNS(SoapDetails.SOAP_12_NS, "Value")
                    .item(0).getTextContent());
            return fault.getElementsByTagNameNS(SoapDetails.SOAP_12_NS, "Text").item(0).getTextContent();
        }
        assertEquals(500, response.statusCode());
        assertEquals("text/xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("soap:Client", fault.getElementsByTagName("faultcode").item(0).getTextContent());
        return fault.getElementsByTagName("faultstring").item(0).getTextContent();
    }

    @Test
    void theBodysFirstElementChoosesTheOperation() throws Exception {
        assertEquals("ChangePasswordResponse", answeredOperation(post(request(changePassword))));
        assertEquals("DeleteUserResponse", answeredOperation(post(request(deleteUser))));
    }

    @Test
    void prefixesDoNotMatterNamespacesDo() throws Exception {
        String otherPrefixes = request(changePassword).replace("SOAP-ENV", "s").replace("User:", "u:")
                .replace("xmlns:User", "xmlns:u");
        assertEquals("ChangePasswordResponse", answeredOperation(post(otherPrefixes)));
        String otherNamespace = request(changePassword).replace("NetServer/Services88\"", "NetServer/Services87\"");
        assertTrue(faultReason(post(otherNamespace), "1.2").contains("documented: ChangePassword, DeleteUser"));
    }

    @Test
    void anActionChoosesWhenTheBodysElementIsNotDocumented() throws Exception {
        String unknown = request(changePassword).replace("User:ChangePassword>", "User:Unknown>");
        assertEquals("DeleteUserResponse", answeredOperation(post(unknown,
                "SOAPAction", "\"http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUser\"")));
        assertEquals("DeleteUserResponse", answeredOperation(post(unknown, "Content-Type",
                "application/soap+xml; charset=utf-8; action=\"http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUser\"")));
    }

    @Test
    void anActionThatAgreesWithTheBodyIsFine() throws Exception {
        assertEquals("ChangePasswordResponse", answeredOperation(post(request(changePassword),
                "SOAPAction", "\"http://x/User/ChangePassword\"")));
    }

    @Test
    void anActionThatDisagreesWithTheBodyGetsAFaultSayingSo() throws Exception {
        String reason = faultReason(post(request(changePassword), "Content-Type",
                "application/soap+xml; action=\"http://x/User/DeleteUser\""), "1.2");
        assertTrue(reason.contains("does not name ChangePassword, the operation in the Body"), reason);
        String soap11 = faultReason(post(request(changePassword), "SOAPAction", "\"http://x/User/DeleteUser\""), "1.1");
        assertTrue(soap11.contains("does not name ChangePassword"), soap11);
    }

    @Test
    void anUnknownOperationGetsAFaultListingTheEndpointsOperations() throws Exception {
        String unknown = request(changePassword).replace("User:ChangePassword>", "User:Unknown>");
        String reason = faultReason(post(unknown), "1.2");
        assertTrue(reason.contains("documented: ChangePassword, DeleteUser"), reason);
    }

    @Test
    void aBodyThatIsNotAnEnvelopeGetsAFault() throws Exception {
        assertTrue(faultReason(post("{\"not\": \"xml\"}"), "1.2").contains("not well-formed XML"));
        assertTrue(faultReason(post("<a><b></a>"), "1.2").contains("not well-formed XML"));
        assertTrue(faultReason(post("<a/>"), "1.2").contains("not a SOAP envelope"));
    }

    @Test
    void aSoap11RequestGetsASoap11Fault() throws Exception {
        String soap11 = request(changePassword).replace(SoapDetails.SOAP_12_NS, SoapDetails.SOAP_11_NS)
                .replace("User:ChangePassword>", "User:Unknown>");
        String reason = faultReason(post(soap11, "Content-Type", "text/xml; charset=utf-8"), "1.1");
        assertTrue(reason.contains("documented: ChangePassword, DeleteUser"), reason);
    }

    /** The request with its Body in the SOAP 1.1 namespace inside a SOAP 1.2 Envelope. */
    private static String mixedVersions(String request) {
        return request.replace("<SOAP-ENV:Body>", "<b11:Body xmlns:b11=\"" + SoapDetails.SOAP_11_NS + "\">")
                .replace("</SOAP-ENV:Body>", "</b11:Body>");
    }

    @Test
    void validationAndRoutingReadTheSameOperationEvenInAMixedEnvelope() throws Exception {
        // the XPath stubs take a Body in either SOAP namespace; validation reads the envelope by the same rule
        String mixed = mixedVersions(request(changePassword));
        assertTrue(!mixed.equals(request(changePassword)), "the sample's Body was rewritten");
        assertEquals("ChangePasswordResponse", answeredOperation(post(mixed)));
        String undocumented = mixedVersions(request(changePassword).replace("</User:ChangePassword>",
                "<User:Bogus>1</User:Bogus></User:ChangePassword>"));
        String reason = faultReason(post(undocumented), "1.2");
        assertTrue(reason.contains("ChangePassword has undocumented elements: Bogus"), reason);
    }

    /** The documented request as a client generated from the WSDL sends it: SOAP 1.1, headers inside Header. */
    private static String asWsdlClientSends(String request) {
        return request.replace(SoapDetails.SOAP_12_NS, SoapDetails.SOAP_11_NS)
                .replaceFirst("(<[A-Za-z0-9-]+:Body>)", "<SOAP-ENV:Header><wsa:Action xmlns:wsa="
                        + "\"http://www.w3.org/2005/08/addressing\">urn:x</wsa:Action><wsa:MessageID xmlns:wsa="
                        + "\"http://www.w3.org/2005/08/addressing\">urn:uuid:1</wsa:MessageID></SOAP-ENV:Header>$1");
    }

    @Test
    void aSoap11ClientGetsTheDocumentedAnswerInSoap11() throws Exception {
        String request = asWsdlClientSends(request(changePassword));
        assertTrue(request.contains("wsa:Action") && request.contains(SoapDetails.SOAP_11_NS), request);
        HttpResponse<String> answer = post(request, "Content-Type", "text/xml; charset=utf-8", "SOAPAction",
                "\"http://www.superoffice.net/ws/crm/NetServer/Services88/User/ChangePassword\"");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("text/xml; charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
        SoapEnvelope envelope = SoapEnvelope.read(answer.body());
        assertEquals("1.1", envelope.soapVersion(), answer.body());
        assertEquals("ChangePasswordResponse", envelope.operationName());
        // the Body is the documented one
        String documented = changePassword.samples().get(0).response().body();
        assertEquals(documented.replace(SoapDetails.SOAP_12_NS, SoapDetails.SOAP_11_NS), answer.body());
        // the same with no SOAPAction, and by SOAPAction alone when the Body names no documented operation
        assertEquals("1.1", SoapEnvelope.read(post(request, "Content-Type", "text/xml").body()).soapVersion());
        String unknown = request.replace("User:ChangePassword>", "User:Unknown>");
        HttpResponse<String> byAction = post(unknown, "Content-Type", "text/xml", "SOAPAction",
                "\"http://x/User/DeleteUser\"");
        assertEquals("DeleteUserResponse", SoapEnvelope.read(byAction.body()).operationName());
        assertEquals("1.1", SoapEnvelope.read(byAction.body()).soapVersion());
        // a 1.2 client still gets 1.2
        assertEquals("1.2", SoapEnvelope.read(post(request(changePassword)).body()).soapVersion());
    }
}

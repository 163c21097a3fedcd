package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.Operation;
import io.docmock.parser.RestPage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that do not fit the docs get 400 (REST) or a Fault (SOAP) saying what is wrong. */
class ValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEND = "/api/v1/Agents/User/SendChangePasswordEMail";
    private static List<Operation> operations;
    private static DocMockServer server;

    @BeforeAll
    static void start() throws Exception {
        operations = new ArrayList<>(TestDocs.seeds().operations());
        operations.add(RestPage.of("GET", "/api/v1/Things/{id}").pathPart("id", "int32")
                .sampleResponse(200, "OK", "{\"Id\": 1}").operation("things.md"));
        server = DocMockServer.builder().port(0).build(operations).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode rejected(HttpResponse<String> response) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("source").asText().matches(".+:\\d+"), body.toString());
        return body;
    }

    private static HttpResponse<String> postJson(String path, String body) throws Exception {
        return Http.send(server.baseUrl(), "POST", path, body, "Content-Type", "application/json; charset=utf-8");
    }

    @Test
    void aPropertyOfTheWrongTypeIsNamed() throws Exception {
        JsonNode body = rejected(postJson(SEND, "{\"AssociateId\": \"abc\"}"));
        assertEquals("v1UserAgent_SendChangePasswordEMail", body.get("operation").asText());
        JsonNode problem = body.get("problems").get(0);
        assertEquals("body.AssociateId", problem.get("where").asText());
        assertEquals("Integer", problem.get("expected").asText());
        assertEquals("string \"abc\"", problem.get("actual").asText());
    }

    @Test
    void anUndocumentedPropertyIsNamed() throws Exception {
        JsonNode body = rejected(postJson(SEND, "{\"AssociateId\": 5, \"Bogus\": true}"));
        assertEquals("body.Bogus", body.get("problems").get(0).get("where").asText());
        assertEquals("an undocumented property", body.get("problems").get(0).get("actual").asText());
    }

    @Test
    void malformedJsonIsNamed() throws Exception {
        JsonNode body = rejected(postJson(SEND, "{\"AssociateId\": "));
        assertEquals("body", body.get("problems").get(0).get("where").asText());
        assertTrue(body.get("problems").get(0).get("actual").asText().startsWith("malformed JSON"), body.toString());
    }

    @Test
    void everyProblemIsListed() throws Exception {
        JsonNode body = rejected(postJson("/api/v1/Agents/User/ChangeOwnPassword",
                "{\"OldPassword\": 1, \"NewPassword\": [], \"Extra\": null}"));
        assertEquals(3, body.get("problems").size(), body.toString());
    }

    @Test
    void propertyNamesCompareCaseInsensitively() throws Exception {
        assertEquals(200, postJson(SEND, "{\"associateid\": 5}").statusCode());
        assertEquals(200, postJson(SEND, "{\"ASSOCIATEID\": null}").statusCode());
    }

    @Test
    void aPathParameterOfTheWrongTypeIsNamed() throws Exception {
        JsonNode body = rejected(Http.send(server.baseUrl(), "GET", "/api/v1/Things/abc", null));
        JsonNode problem = body.get("problems").get(0);
        assertEquals("path.id", problem.get("where").asText());
        assertEquals("int32", problem.get("expected").asText());
        assertEquals("\"abc\"", problem.get("actual").asText());
        assertEquals(200, Http.send(server.baseUrl(), "GET", "/api/v1/Things/12", null).statusCode());
    }

    @Test
    void noValidateAnswersAsDocumented() throws Exception {
        try (DocMockServer lenient = DocMockServer.builder().port(0).validate(false).build(operations).start()) {
            HttpResponse<String> answer = Http.send(lenient.baseUrl(), "POST", SEND, "{\"AssociateId\": \"abc\"}",
                    "Content-Type", "application/json");
            assertEquals(200, answer.statusCode());
        }
    }

    private static String soapRequest() {
        return operations.stream().filter(op -> op.id().equals("services88-user-changepassword")).findFirst()
                .orElseThrow().samples().get(0).request().body();
    }

    private static String faultText(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/soap+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("<soap:Value>soap:Sender</soap:Value>"), response.body());
        return response.body();
    }

    @Test
    void soapBodyThatIsNotXmlGetsAFaultSayingSo() throws Exception {
        String body = faultText(Http.send(server.baseUrl(), "POST", "/Remote/Services88/User.svc",
                "<Envelope><Body></Envelope>"));
        assertTrue(body.contains("not well-formed XML"), body);
    }

    @Test
    void soapBodyThatIsNotAnEnvelopeGetsAFaultSayingSo() throws Exception {
        String body = faultText(Http.send(server.baseUrl(), "POST", "/Remote/Services88/User.svc",
                "<ChangePassword xmlns=\"urn:x\"/>"));
        assertTrue(body.contains("not a SOAP envelope"), body);
    }

    @Test
    void soapOperationWithUndocumentedChildrenGetsAFaultNamingThem() throws Exception {
        String request = soapRequest().replace("<User:NewPassword", "<User:Bogus>1</User:Bogus><User:NewPassword");
        String body = faultText(Http.send(server.baseUrl(), "POST", "/Remote/Services88/User.svc", request));
        assertTrue(body.contains("ChangePassword has undocumented elements: Bogus"), body);
        assertTrue(body.contains("AssociateId, NewPassword, OldPassword"), body);
    }
}

package io.docmock.contracts;

import io.docmock.parser.RestPage;
import io.docmock.parser.TestDocs;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.docmock.model.Operation;
import io.docmock.parser.DocsParser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules really loosen and really hold: a provider answering other values of the same types passes; one
 * answering a wrong status, a wrong type or without a documented field fails with a readable mismatch.
 */
class RulesTest {
    private static final RestPage THING_PAGE = RestPage.of("GET", "/api/v1/Things/{id}").id("v1Things_GetThing")
            .pathPart("id", "int32").status(200, "OK")
            .sampleRequest("GET /api/v1/Things/{id}\nAccept: application/json")
            .sampleResponse("""
                    HTTP/1.1 200 OK
                    Content-Type: application/json; charset=utf-8

                    {
                      "Count": 1,
                      "Success": true,
                      "Message": "repellendus",
                      "Items": [ { "Id": 1, "Name": "a" } ]
                    }
                    """);

    @TempDir
    Path dir;

    private WireMockServer provider;

    @BeforeEach
    void startProvider() {
        provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop();
    }

    private InteractionResult verifyAgainst(Operation operation, int status, String contentType, String body)
            throws Exception {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
        Contracts contracts = PactContracts.build(List.of(operation), ContractOptions.defaults());
        Path file = PactContracts.write(contracts.pact(), dir, 4);
        List<InteractionResult> results = new PactVerifier(URI.create("http://127.0.0.1:" + provider.port()))
                .verify(List.of(file), r -> { });
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static Operation rest() {
        return THING_PAGE.operation("things.md");
    }

    private static Operation soap() throws Exception {
        Path seed = TestDocs.seedsFolder().resolve("003_60c5a6e640c20ae9.txt");
        return DocsParser.builder().build().parsePage("changepassword.md", Files.readString(seed)).operations().get(0);
    }

    private static void assertMismatch(InteractionResult result, String expected) {
        assertTrue(!result.passed(), "should fail: " + result.description());
        assertTrue(result.mismatches().stream().anyMatch(m -> m.contains(expected)),
                "a mismatch mentioning '" + expected + "' in " + result.mismatches());
    }

    @Test
    void restOtherValuesOfTheSameTypesPass() throws Exception {
        InteractionResult result = verifyAgainst(rest(), 200, "application/json",
                "{\"Count\": 7, \"Success\": false, \"Message\": \"other\", \"Extra\": 1,"
                        + " \"Items\": [{\"Id\": 2, \"Name\": \"b\"}, {\"Id\": 3, \"Name\": \"c\"}]}");
        assertTrue(result.passed(), result.mismatches().toString());
        assertEquals("things.md:27", result.source());
    }

    @Test
    void restWrongStatusFails() throws Exception {
        assertMismatch(verifyAgainst(rest(), 500, "application/json", "{}"), "status: expected 200, actual 500");
    }

    @Test
    void restWrongTypeFails() throws Exception {
        assertMismatch(verifyAgainst(rest(), 200, "application/json",
                "{\"Count\": \"one\", \"Success\": true, \"Message\": \"m\", \"Items\": []}"), "body $.Count");
        assertMismatch(verifyAgainst(rest(), 200, "application/json",
                "{\"Count\": 1, \"Success\": true, \"Message\": \"m\", \"Items\": [{\"Id\": \"x\", \"Name\": \"b\"}]}"),
                "body $.Items");
    }

    @Test
    void restMissingFieldFails() throws Exception {
        assertMismatch(verifyAgainst(rest(), 200, "application/json",
                "{\"Count\": 1, \"Success\": true, \"Items\": []}"), "Message");
    }

    @Test
    void restWrongContentTypeFails() throws Exception {
        assertMismatch(verifyAgainst(rest(), 200, "text/plain",
                "{\"Count\": 1, \"Success\": true, \"Message\": \"m\", \"Items\": []}"), "Content-Type");
    }

    private static final String SOAP_ANSWER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"
                        xmlns:u="http://www.superoffice.net/ws/crm/NetServer/Services88"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <s:Body>
                <u:ChangePasswordResponse>
                  %s
                </u:ChangePasswordResponse>
              </s:Body>
            </s:Envelope>
            """;

    @Test
    void soapOtherValuesAndOtherPrefixesPass() throws Exception {
        InteractionResult result = verifyAgainst(soap(), 200, "application/soap+xml",
                SOAP_ANSWER.formatted("<u:Response xsi:type=\"xsd:boolean\">true</u:Response>"));
        assertTrue(result.passed(), result.mismatches().toString());
        assertEquals("changepassword.md:61", result.source());
    }

    @Test
    void soapWrongStatusFails() throws Exception {
        assertMismatch(verifyAgainst(soap(), 500, "application/soap+xml; charset=utf-8",
                SOAP_ANSWER.formatted("<u:Response xsi:type=\"xsd:boolean\">true</u:Response>")),
                "status: expected 200, actual 500");
    }

    @Test
    void soapMissingElementFails() throws Exception {
        assertMismatch(verifyAgainst(soap(), 200, "application/soap+xml", SOAP_ANSWER.formatted("")), "Response");
    }

    @Test
    void soapWrongTypeFails() throws Exception {
        // XML text has no type of its own; SOAP says the type in xsi:type, which the contract keeps as documented
        assertMismatch(verifyAgainst(soap(), 200, "application/soap+xml",
                SOAP_ANSWER.formatted("<u:Response xsi:type=\"xsd:string\">true</u:Response>")), "xsd:boolean");
        assertMismatch(verifyAgainst(soap(), 200, "text/xml",
                SOAP_ANSWER.formatted("<u:Response xsi:type=\"xsd:boolean\">true</u:Response>")), "Content-Type");
    }
}

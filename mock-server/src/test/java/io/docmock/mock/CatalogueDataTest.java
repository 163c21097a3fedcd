package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.DocsModel;
import io.docmock.openapi.OpenApiDocument;
import io.docmock.parser.TestDocs;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the catalogue page reads, and the OpenAPI document a running mock serves. */
class CatalogueDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOperationsTheirDetailsAndTheOpenApiDocument() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations()).start()) {
            JsonNode list = JSON.readTree(Http.send(server.baseUrl(), "GET", "/__docmock/operations", null).body());
            List<String> groups = new ArrayList<>();
            list.forEach(op -> groups.add(op.get("group").asText() + " " + op.get("id").asText()));
            assertEquals(List.of("REST Agents/Person v1PersonAgent_SendCustomerCentrePasswordEmail",
                    "REST Agents/User v1UserAgent_ChangeOwnPassword", "REST Agents/User v1UserAgent_SendChangePasswordEMail",
                    "SOAP Services86 User Services86-User-GenerateNewPasswordForExternalUser",
                    "SOAP Services88 User services88-user-changepassword"), groups);

            JsonNode one = JSON.readTree(Http.send(server.baseUrl(), "GET",
                    "/__docmock/operations?id=v1UserAgent_ChangeOwnPassword", null).body());
            assertEquals("/api/v1/Agents/User/ChangeOwnPassword", one.at("/request/target").asText());
            assertEquals("seeds/002_ae206bf9aca075b9.txt:6", one.get("source").asText());
            assertEquals(404, Http.send(server.baseUrl(), "GET", "/__docmock/operations?id=nothing", null)
                    .statusCode());

            HttpResponse<String> openApi = Http.send(server.baseUrl(), "GET", "/__docmock/openapi.json", null);
            assertEquals(200, openApi.statusCode());
            assertEquals(OpenApiDocument.of(seeds.operations()).json(), openApi.body());

            HttpResponse<String> page = Http.send(server.baseUrl(), "GET", "/__docmock/", null);
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
            assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "nothing from elsewhere");
        }
    }
}

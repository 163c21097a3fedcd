package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** GET /__docmock/requests: the last requests, what matched each, or why not; the log line says the same. */
class RequestHistoryTest {
    @Test
    void recentRequestsWithWhatMatchedOrWhyNot() throws Exception {
        StringWriter log = new StringWriter();
        try (DocMockServer server = DocMockServer.builder().port(0).requestLog(new PrintWriter(log, true))
                .build(TestDocs.seeds().operations()).start()) {
            Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword", null);
            Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/SendChangePasswordEMail",
                    "{\"AssociateId\": \"abc\"}", "Content-Type", "application/json");
            Http.send(server.baseUrl(), "GET", "/api/v1/Agents/User/ChangeOwnPasswor", null);
            for (int i = 0; i < 120; i++) {
                Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword?n=" + i, null);
            }
            JsonNode requests = new ObjectMapper().readTree(Http.send(server.baseUrl(), "GET",
                    "/__docmock/requests", null).body()).get("requests");
            assertEquals(100, requests.size(), "the last 100");
            assertEquals("/api/v1/Agents/User/ChangeOwnPassword?n=119", requests.get(0).get("url").asText());
            assertEquals("v1UserAgent_ChangeOwnPassword default", requests.get(0).get("matched").asText());
            assertEquals("v1UserAgent_ChangeOwnPassword", requests.get(0).get("operation").asText());

            Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/SendChangePasswordEMail",
                    "{\"AssociateId\": \"abc\"}", "Content-Type", "application/json");
            Http.send(server.baseUrl(), "GET", "/api/v1/Agents/User/ChangeOwnPasswor", null);
            requests = new ObjectMapper().readTree(Http.send(server.baseUrl(), "GET", "/__docmock/requests", null)
                    .body()).get("requests");
            JsonNode unmatched = requests.get(0);
            assertEquals(404, unmatched.get("status").asInt());
            assertTrue(unmatched.get("reason").asText().startsWith("no documented operation; closest: POST "
                    + "/api/v1/Agents/User/ChangeOwnPassword (v1UserAgent_ChangeOwnPassword, seeds/002_ae206bf9aca075b9.txt:6)"),
                    unmatched.toString());
            JsonNode invalid = requests.get(1);
            assertEquals(400, invalid.get("status").asInt());
            assertEquals("v1UserAgent_SendChangePasswordEMail: body.AssociateId: expected Integer, got string \"abc\"",
                    invalid.get("reason").asText());

            assertTrue(log.toString().contains("POST /api/v1/Agents/User/SendChangePasswordEMail -> 400"
                    + " (v1UserAgent_SendChangePasswordEMail: body.AssociateId: expected Integer, got string \"abc\")"),
                    log.toString());
            assertTrue(log.toString().contains("GET /api/v1/Agents/User/ChangeOwnPasswor -> 404 (no documented operation;"),
                    log.toString());
        }
    }
}

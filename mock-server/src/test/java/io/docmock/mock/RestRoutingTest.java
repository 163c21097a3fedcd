package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REST matching: path templates, literal segments over parameters, typed parameters, Prefer. */
class RestRoutingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DocMockServer server;

    private static String page(String id, String method, String path, String pathPartRows, String statusRows,
                               String sample) {
        return """
                ---
                uid: %s
                ---
                # %s %s

                ```http
                %s /api/v1/%s
                ```

                | Path Part | Type | Description |
                |-----------|------|-------------|
                %s

                ## Response:

                | Response | Description |
                |----------------|-------------|
                %s

                ### Response body: Thing

                | Property Name | Type |  Description |
                |----------------|------|--------------|
                | Id | int32 | |
                | Name | string | |

                %s
                """.formatted(id, method, path, method, path, pathPartRows, statusRows, sample);
    }

    private static String response(int status, String reason, String body) {
        return "```http_\nHTTP/1.1 " + status + " " + reason + "\nContent-Type: application/json; charset=utf-8\n\n"
                + body + "\n```\n";
    }

    @BeforeAll
    static void start() {
        DocsParser parser = DocsParser.builder().build();
        DocsModel byId = parser.parsePage("byid.md", page("byId", "GET", "List/{id}", "| id | int32 | |",
                "| 200 | OK |\n| 404 | Not here |", response(200, "ListEntity  updated.", "{\"from\": \"byId\"}")));
        DocsModel byDefault = parser.parsePage("default.md", page("byDefault", "GET", "List/default", "",
                "| 200 | OK |", response(200, "OK", "{\"from\": \"default\"}")));
        DocsModel byName = parser.parsePage("byname.md", page("byName", "GET", "List/{name}", "| name | string | |",
                "| 200 | OK |", response(200, "OK", "{\"from\": \"byName\"}")));
        DocsModel byEnum = parser.parsePage("byenum.md", page("byEnum", "GET", "Field/{kind}",
                "| kind | Enum: Number, ShortText | |", "| 200 | OK |", response(200, "OK", "{\"from\": \"byEnum\"}")));
        DocsModel noSample = parser.parsePage("nosample.md", page("noSample", "GET", "Thing/{id}", "| id | int32 | |",
                "| 200 | OK |\n| 412 | Precondition failed |", ""));
        DocsModel twoSamples = parser.parsePage("two.md", page("twoSamples", "GET", "Two", "", "| 200 | OK |",
                "```http!\nGET /api/v1/Two\n```\n" + response(200, "OK", "{\"n\": 1}")
                        + "```http!\nGET /api/v1/Two\n```\n" + response(200, "OK", "{\"n\": 2}")));
        DocsModel inSegment = parser.parsePage("insegment.md", page("inSegment", "GET", "Files/{name}.{ext}",
                "| name | string | |\n| ext | string | |", "| 200 | OK |", response(200, "OK", "{\"from\": \"inSegment\"}")));
        var operations = new java.util.ArrayList<io.docmock.model.Operation>();
        for (DocsModel model : new DocsModel[] {byName, byId, byDefault, byEnum, noSample, twoSamples, inSegment}) {
            operations.addAll(model.operations());
        }
        server = DocMockServer.builder().port(0).build(operations).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String from(String path, String... headers) throws Exception {
        HttpResponse<String> response = Http.send(server.baseUrl(), "GET", path, null, headers);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body()).path("from").asText();
    }

    @Test
    void literalSegmentsWinOverParameters() throws Exception {
        assertEquals("default", from("/api/v1/List/default"));
    }

    @Test
    void typedParametersWinOverStringsOfTheSameShape() throws Exception {
        assertEquals("byId", from("/api/v1/List/17"));
        assertEquals("byName", from("/api/v1/List/ab12"));
    }

    @Test
    void parametersInsideASegmentMatchToo() throws Exception {
        assertEquals("inSegment", from("/api/v1/Files/report.pdf"));
    }

    @Test
    void anyQueryStringAndTrailingSlash() throws Exception {
        assertEquals("byId", from("/api/v1/List/17?$select=name,id&x=1"));
        assertEquals("byId", from("/api/v1/List/17/"));
    }

    @Test
    void enumParametersTakeOnlyTheirValues() throws Exception {
        assertEquals("byEnum", from("/api/v1/Field/ShortText"));
        HttpResponse<String> other = Http.send(server.baseUrl(), "GET", "/api/v1/Field/Other", null);
        assertEquals(400, other.statusCode(), "validation names the parameter");
        assertEquals("path.kind", JSON.readTree(other.body()).get("problems").get(0).get("where").asText());
    }

    @Test
    void preferCodeGetsTheDocumentedStatus() throws Exception {
        HttpResponse<String> notHere = Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null, "Prefer", "code=404");
        assertEquals(404, notHere.statusCode());
        assertEquals("application/problem+json", notHere.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = JSON.readTree(notHere.body());
        assertEquals(404, body.get("status").asInt());
        assertEquals("byId", body.get("operation").asText());
        assertEquals("Not here", body.get("title").asText());

        assertEquals("byId", from("/api/v1/List/17", "Prefer", "code=200"));
    }

    @Test
    void undocumentedPreferCodeIs400NamingTheDocumentedOnes() throws Exception {
        HttpResponse<String> response = Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null,
                "Prefer", "code=418");
        assertEquals(400, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("[200,404]", body.get("documented").toString());
        assertTrue(body.get("detail").asText().contains("documented: 200, 404"), body.toString());
    }

    @Test
    void preferExamplePicksAmongSamples() throws Exception {
        assertEquals(1, JSON.readTree(Http.send(server.baseUrl(), "GET", "/api/v1/Two", null).body()).get("n").asInt());
        assertEquals(2, JSON.readTree(Http.send(server.baseUrl(), "GET", "/api/v1/Two", null,
                "Prefer", "example=sample-2").body()).get("n").asInt());
        assertEquals(1, JSON.readTree(Http.send(server.baseUrl(), "GET", "/api/v1/Two", null,
                "Prefer", "example=sample-1").body()).get("n").asInt());
    }

    @Test
    void noSampleAnswersTheFirstSuccessWithABodyFromTheProperties() throws Exception {
        HttpResponse<String> response = Http.send(server.baseUrl(), "GET", "/api/v1/Thing/5", null);
        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("Id").isInt(), body.toString());
        assertTrue(body.get("Name").isTextual(), body.toString());
        assertEquals(412, Http.send(server.baseUrl(), "GET", "/api/v1/Thing/5", null, "Prefer", "code=412")
                .statusCode());
    }

    @Test
    void reasonPhraseIsTheDocumentedOneAndTheBodyHasItsLength() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/List/17 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            assertEquals("HTTP/1.1 200 ListEntity  updated.", in.readLine());
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            // the answer goes out in one piece with its length, as a real server's would, not chunked
            assertTrue(headers.stream().anyMatch(h -> h.startsWith("content-length: ")), headers.toString());
            assertTrue(headers.stream().noneMatch(h -> h.startsWith("transfer-encoding")), headers.toString());
        }
    }

    @Test
    void unmatchedRequestGets404NamingTheClosestOperations() throws Exception {
        HttpResponse<String> response = Http.send(server.baseUrl(), "GET", "/api/v1/Lists/17", null);
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("GET /api/v1/Lists/17 matches no documented operation", body.get("detail").asText());
        JsonNode closest = body.get("closest");
        assertEquals(3, closest.size());
        assertTrue(closest.get(0).get("path").asText().startsWith("/api/v1/List/"), closest.toString());
        assertTrue(closest.get(0).get("source").asText().matches(".+\\.md:\\d+"), closest.toString());
    }

    @Test
    void corsPreflightAndHeaders() throws Exception {
        HttpResponse<String> preflight = Http.send(server.baseUrl(), "OPTIONS", "/api/v1/List/17", null,
                "Origin", "http://localhost:3000", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
                .contains("Authorization"));
        HttpResponse<String> answer = Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null,
                "Origin", "http://localhost:3000");
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void noCorsMeansNoCorsHeaders() throws Exception {
        DocsModel model = DocsParser.builder().build().parsePage("default.md", page("byDefault", "GET",
                "List/default", "", "| 200 | OK |", response(200, "OK", "{}")));
        DocMockServer plain = DocMockServer.builder().port(0).cors(false).build(model.operations()).start();
        try {
            HttpResponse<String> answer = Http.send(plain.baseUrl(), "GET", "/api/v1/List/default", null);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = Http.send(plain.baseUrl(), "OPTIONS", "/api/v1/List/default", null,
                    "Origin", "http://x", "Access-Control-Request-Method", "GET");
            assertEquals(404, preflight.statusCode());
        } finally {
            plain.stop();
        }
    }

    @Test
    void adminApiStaysAtAdmin() throws Exception {
        HttpResponse<String> mappings = Http.send(server.baseUrl(), "GET", "/__admin/mappings", null);
        assertEquals(200, mappings.statusCode());
        assertTrue(JSON.readTree(mappings.body()).get("mappings").size() > 10);
    }
}

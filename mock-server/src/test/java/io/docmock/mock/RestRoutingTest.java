package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.Operation;
import io.docmock.parser.RestPage;
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

    /** A GET page answering {@code {"from": "<id>"}} as a Thing with Id and Name. */
    private static RestPage page(String id, String path) {
        return RestPage.of("GET", "/api/v1/" + path).id(id)
                .responseProperty("Id", "int32").responseProperty("Name", "string");
    }

    private static String answerFrom(String id) {
        return "{\"from\": \"" + id + "\"}";
    }

    @BeforeAll
    static void start() {
        List<RestPage> pages = List.of(
                page("byName", "List/{name}").pathPart("name", "string").status(200, "OK")
                        .sampleResponse(200, "OK", answerFrom("byName")),
                page("byId", "List/{id}").pathPart("id", "int32").status(200, "OK").status(404, "Not here")
                        .sampleResponse(200, "ListEntity  updated.", answerFrom("byId")),
                page("byDefault", "List/default").status(200, "OK").sampleResponse(200, "OK", answerFrom("default")),
                page("byEnum", "Field/{kind}").pathPart("kind", "Enum: Number, ShortText").status(200, "OK")
                        .sampleResponse(200, "OK", answerFrom("byEnum")),
                page("noSample", "Thing/{id}").pathPart("id", "int32").status(200, "OK")
                        .status(412, "Precondition failed"),
                page("twoSamples", "Two").status(200, "OK")
                        .sampleRequest("GET /api/v1/Two").sampleResponse(200, "OK", "{\"n\": 1}")
                        .sampleRequest("GET /api/v1/Two").sampleResponse(200, "OK", "{\"n\": 2}"),
                page("inSegment", "Files/{name}.{ext}").pathPart("name", "string").pathPart("ext", "string")
                        .status(200, "OK").sampleResponse(200, "OK", answerFrom("inSegment")),
                page("typedInSegment", "Archive/{id}.json").pathPart("id", "int32").status(200, "OK")
                        .sampleResponse(200, "OK", answerFrom("typedInSegment")),
                page("metadata", "Archive/{entity}/$metadata").pathPart("entity", "string").status(200, "OK")
                        .sampleResponse(200, "OK", answerFrom("metadata")));
        List<Operation> operations = pages.stream().map(RestPage::operation).toList();
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
        assertEquals("typedInSegment", from("/api/v1/Archive/17.json"));
    }

    @Test
    void aWronglyTypedParameterInsideASegmentIsNamedAs400() throws Exception {
        // routing and validation read {id}.json the same way: abc is no int32, whether whole segment or inside one
        assertPathProblem("/api/v1/Archive/abc.json", "path.id", "int32", "\"abc\"");
    }

    /** The path gets 400 naming its first problem. */
    private static void assertPathProblem(String path, String where, String expected, String actual) throws Exception {
        HttpResponse<String> wrong = Http.send(server.baseUrl(), "GET", path, null);
        assertEquals(400, wrong.statusCode(), wrong.body());
        JsonNode problem = JSON.readTree(wrong.body()).get("problems").get(0);
        assertEquals(where, problem.get("where").asText());
        assertEquals(expected, problem.get("expected").asText());
        assertEquals(actual, problem.get("actual").asText());
    }

    @Test
    void pathsAsTheRealServerSeesThem() throws Exception {
        // pact-jvm's client encodes $; ASP.NET routes literal segments in any case
        assertEquals("metadata", from("/api/v1/Archive/abc/%24metadata"));
        assertEquals("metadata", from("/api/v1/Archive/abc/$metadata"));
        assertEquals("byId", from("/api/v1/list/17"));
        assertEquals("default", from("/API/V1/LIST/DEFAULT"));
        HttpResponse<String> head = Http.send(server.baseUrl(), "HEAD", "/api/v1/List/17", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("application/json; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
        assertPathProblem("/api/v1/Thing/2147483648", "path.id", "int32", "\"2147483648\"");
        HttpResponse<String> largest = Http.send(server.baseUrl(), "GET", "/api/v1/Thing/2147483647", null);
        assertEquals(200, largest.statusCode(), largest.body());
    }

    @Test
    void literalSegmentsInTheDocumentedCaseOnlyWhenAskedTo() throws Exception {
        List<Operation> operations = List.of(page("byDefault", "List/default").status(200, "OK")
                .sampleResponse(200, "OK", "{}").operation());
        try (DocMockServer strict = DocMockServer.builder().port(0).caseSensitivePaths(true).build(operations)
                .start()) {
            assertEquals(200, Http.send(strict.baseUrl(), "GET", "/api/v1/List/default", null).statusCode());
            assertEquals(404, Http.send(strict.baseUrl(), "GET", "/api/v1/list/default", null).statusCode());
        }
    }

    @Test
    void anAcceptThatRulesOutEveryAnswerGets406() throws Exception {
        HttpResponse<String> xml = Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null,
                "Accept", "application/xml");
        assertEquals(406, xml.statusCode(), xml.body());
        JsonNode body = JSON.readTree(xml.body());
        assertEquals("application/json", body.get("available").get(0).asText());
        assertEquals(406, Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null,
                "Accept", "application/json;q=0").statusCode());
        for (String accept : List.of("*/*", "application/*", "application/xml, application/json;q=0.5",
                "application/json; charset=utf-8")) {
            assertEquals(200, Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null, "Accept", accept)
                    .statusCode(), accept);
        }
    }

    @Test
    void anyQueryStringAndTrailingSlash() throws Exception {
        assertEquals("byId", from("/api/v1/List/17?$select=name,id&x=1"));
        assertEquals("byId", from("/api/v1/List/17/"));
    }

    @Test
    void enumParametersTakeOnlyTheirValues() throws Exception {
        assertEquals("byEnum", from("/api/v1/Field/ShortText"));
        assertPathProblem("/api/v1/Field/Other", "path.kind", "Enum: Number, ShortText", "\"Other\"");
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
        JsonNode body = JSON.readTree(response.body());
        assertEquals("GET /api/v1/Lists/17 matches no documented operation", body.get("detail").asText());
        JsonNode closest = body.get("closest");
        assertEquals(3, closest.size());
        assertTrue(closest.get(0).get("path").asText().startsWith("/api/v1/List/"), closest.toString());
        assertTrue(closest.get(0).get("source").asText().matches(".+\\.md:\\d+"), closest.toString());
    }

    @Test
    void corsForBrowsersWithCredentialsAndTheirOwnHeaders() throws Exception {
        String origin = "http://localhost:3000";
        HttpResponse<String> preflight = Http.send(server.baseUrl(), "OPTIONS", "/api/v1/List/17", null,
                "Origin", origin, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization, traceparent, x-xsrf-token");
        assertTrue(preflight.statusCode() / 100 == 2, "preflight: " + preflight.statusCode());
        assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("true", preflight.headers().firstValue("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
        String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
                .toLowerCase(Locale.ROOT);
        assertTrue(allowed.contains("traceparent") && allowed.contains("x-xsrf-token"), allowed);
        HttpResponse<String> answer = Http.send(server.baseUrl(), "GET", "/api/v1/List/17", null, "Origin", origin,
                "Cookie", "session=abc");
        assertEquals(List.of(origin), answer.headers().allValues("Access-Control-Allow-Origin"));
        assertEquals("true", answer.headers().firstValue("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(answer.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")),
                answer.headers().map().toString());
        // refusals carry it too, so that the page can read why
        HttpResponse<String> refused = Http.send(server.baseUrl(), "GET", "/api/v1/Field/Other", null,
                "Origin", origin);
        assertEquals(400, refused.statusCode());
        assertEquals(List.of(origin), refused.headers().allValues("Access-Control-Allow-Origin"));
    }

    @Test
    void corsOnlyForTheOriginsGiven() throws Exception {
        List<Operation> operations = List.of(page("byDefault", "List/default").status(200, "OK")
                .sampleResponse(200, "OK", "{}").operation());
        try (DocMockServer listed = DocMockServer.builder().port(0).corsOrigins(List.of("http://app.test"))
                .build(operations).start()) {
            HttpResponse<String> mine = Http.send(listed.baseUrl(), "GET", "/api/v1/List/default", null,
                    "Origin", "http://app.test");
            assertEquals("http://app.test", mine.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            HttpResponse<String> other = Http.send(listed.baseUrl(), "GET", "/api/v1/List/default", null,
                    "Origin", "http://evil.test");
            assertEquals(200, other.statusCode());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void noCorsMeansNoCorsHeaders() throws Exception {
        Operation byDefault = page("byDefault", "List/default").status(200, "OK").sampleResponse(200, "OK", "{}")
                .operation();
        try (DocMockServer plain = DocMockServer.builder().port(0).cors(false).build(List.of(byDefault)).start()) {
            HttpResponse<String> answer = Http.send(plain.baseUrl(), "GET", "/api/v1/List/default", null);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = Http.send(plain.baseUrl(), "OPTIONS", "/api/v1/List/default", null,
                    "Origin", "http://x", "Access-Control-Request-Method", "GET");
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void adminApiStaysAtAdmin() throws Exception {
        HttpResponse<String> mappings = Http.send(server.baseUrl(), "GET", "/__admin/mappings", null);
        assertEquals(200, mappings.statusCode());
        assertTrue(JSON.readTree(mappings.body()).get("mappings").size() > 10);
    }
}

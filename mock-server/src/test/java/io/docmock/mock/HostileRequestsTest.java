package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.parser.TestDocs;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Requests written to stop or steer the mock, each tried end to end as an attacker on 127.0.0.1 or a web page in
 * the developer's browser would; after each, a documented request still gets its documented answer.
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEND = "/api/v1/Agents/User/SendChangePasswordEMail";
    private static final String SOAP = "/Remote/Services88/User.svc";
    private static DocMockServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DocMockServer.builder().port(0).maxBodyBytes(64 * 1024).bodyMillis(2_000).workerThreads(2)
                .build(TestDocs.seeds().operations()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void stillServes() throws Exception {
        HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword",
                null);
        assertEquals(200, answer.statusCode(), "the mock still answers documented requests: " + answer.body());
        assertEquals("true", answer.body().strip());
    }

    /** Sends raw bytes on a new connection and reads one answer: its head, and its body by its length. */
    private static String exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return head.toString();
                }
                head.append((char) b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(head);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    private static void assertNoStackTrace(String answer) {
        assertFalse(answer.contains("at org.") || answer.contains("at java.") || answer.contains("Exception"),
                "no stack trace in an answer:\n" + answer);
    }

    @Test
    void aDeclaredLengthOverTheLimitGets413BeforeAnyByteIsSent() throws Exception {
        String answer = exchange("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1073741824\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        stillServes();
    }

    @Test
    void aChunkedBodyIsCutAtTheLimit() throws Exception {
        StringBuilder request = new StringBuilder("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = "x".repeat(8 * 1024);
        for (int i = 0; i < 16; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        String answer = exchange(request.toString());
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("over the limit of 65536 bytes"), answer);
        stillServes();
    }

    @Test
    void malformedChunkingGets400WithoutAStackTrace() throws Exception {
        String answer = exchange("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertNoStackTrace(answer);
        String truncated = exchange("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n10\r\n{\"a\"");
        assertNoStackTrace(truncated);
        stillServes();
    }

    @Test
    void aHugeWronglyTypedArrayGetsAShortAnswer() throws Exception {
        String array = "[" + String.join(",", java.util.Collections.nCopies(2_500, "{\"AssociateId\": \"x\"}")) + "]";
        HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", SEND, array,
                "Content-Type", "application/json");
        assertEquals(400, answer.statusCode(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(50, body.get("problems").size());
        assertEquals(2_450, body.get("moreProblems").asInt());
        assertTrue(answer.body().length() < 20_000, "answer of " + answer.body().length() + " characters");
        String history = Http.send(server.baseUrl(), "GET", "/__docmock/requests", null).body();
        assertTrue(history.length() < 200_000, "history of " + history.length() + " characters");
        stillServes();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void slowBodiesOnMoreConnectionsThanThreadsHoldNoThread() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            // eight bodies that never finish, two request threads: documented requests are answered meanwhile
            for (int i = 0; i < 5; i++) {
                stillServes();
            }
            InputStream in = slow.get(0).getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            assertEquals("HTTP/1.1 408", answer, "a body that never arrives whole is refused in time");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        stillServes();
    }

    @Test
    void jsonThatIsNotUtf8AndIntegersOutOfRangeAreWrongTypes() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            byte[] body = {'{', '"', 'A', 's', 's', 'o', 'c', 'i', 'a', 't', 'e', 'I', 'd', '"', ':', ' ', '"',
                (byte) 0xc3, (byte) 0x28, '"', '}'};
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SEND + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("not UTF-8"), answer);
        }
        HttpResponse<String> outOfRange = Http.send(server.baseUrl(), "POST", SEND, "{\"AssociateId\": 2147483648}",
                "Content-Type", "application/json");
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertTrue(outOfRange.body().contains("body.AssociateId"), outOfRange.body());
        stillServes();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredThousandNamespaceDeclarationsGetAFaultAtOnce() throws Exception {
        StringBuilder envelope = new StringBuilder("<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'");
        for (int i = 0; i < 100_000; i++) {
            envelope.append(" xmlns:n").append(i).append("='urn:").append(i).append('\'');
        }
        envelope.append("><s:Body/></s:Envelope>");
        DocMockServer big = DocMockServer.builder().port(0).build(TestDocs.seeds().operations()).start();
        try (big) {
            HttpResponse<String> answer = Http.send(big.baseUrl(), "POST", SOAP, envelope.toString(),
                    "Content-Type", "application/soap+xml; charset=utf-8");
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("namespace declarations is refused"), answer.body());
        }
        stillServes();
    }

    @Test
    void webPagesCannotReachTheAdminApi() throws Exception {
        // a cross-site form post to shutdown, and a script adding a stub: both refused, no CORS granted
        HttpResponse<String> shutdown = Http.send(server.baseUrl(), "POST", "/__admin/shutdown", "x",
                "Origin", "http://evil.example", "Content-Type", "text/plain");
        assertEquals(403, shutdown.statusCode(), shutdown.body());
        HttpResponse<String> addStub = Http.send(server.baseUrl(), "POST", "/__admin/mappings",
                "{\"request\": {\"urlPath\": \"/x\"}, \"response\": {\"body\": \"<script>\"}}",
                "Origin", "http://evil.example", "Content-Type", "text/plain");
        assertEquals(403, addStub.statusCode());
        HttpResponse<String> files = Http.send(server.baseUrl(), "PUT", "/__admin/files/x", "y",
                "Origin", "http://evil.example");
        assertEquals(403, files.statusCode());
        HttpResponse<String> preflight = Http.send(server.baseUrl(), "OPTIONS", "/__admin/mappings", null,
                "Origin", "http://evil.example", "Access-Control-Request-Method", "POST");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().map()
                .toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        // the developer's own tools, with no Origin or the mock's own, still work
        assertEquals(200, Http.send(server.baseUrl(), "GET", "/__admin/mappings?limit=1", null).statusCode());
        assertEquals(200, Http.send(server.baseUrl(), "GET", "/__admin/mappings?limit=1", null,
                "Origin", server.baseUrl()).statusCode());
        stillServes();
    }

    @Test
    void aRebindingHostNameIsRefused() throws Exception {
        String answer = exchange("GET /__admin/mappings HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        String history = exchange("GET /__docmock/requests HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(history.startsWith("HTTP/1.1 403"), history);
        String documented = exchange("POST /api/v1/Agents/User/ChangeOwnPassword HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(documented.startsWith("HTTP/1.1 200"), documented);
    }

    @Test
    void aResetKeepsTheDocumentedStubs() throws Exception {
        assertEquals(200, Http.send(server.baseUrl(), "POST", "/__admin/reset", null).statusCode());
        stillServes();
        assertEquals(200, Http.send(server.baseUrl(), "POST", "/__admin/mappings/reset", null).statusCode());
        stillServes();
    }

    @Test
    void everyAnswerSaysNoSniffingAndHealthSaysUp() throws Exception {
        HttpResponse<String> documented = Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword",
                null);
        assertEquals("nosniff", documented.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> missing = Http.send(server.baseUrl(), "GET", "/nothing/here", null);
        assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> health = Http.send(server.baseUrl(), "GET", "/__docmock/health", null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).get("status").asText());
        assertEquals(5, JSON.readTree(health.body()).get("operations").asInt());
    }

    @Test
    void theAdminApiTakesATokenAndCanBeTurnedOff() throws Exception {
        try (DocMockServer guarded = DocMockServer.builder().port(0).adminToken("s3cret")
                .build(TestDocs.seeds().operations()).start()) {
            assertEquals(401, Http.send(guarded.baseUrl(), "GET", "/__admin/mappings", null).statusCode());
            assertEquals(200, Http.send(guarded.baseUrl(), "GET", "/__admin/mappings", null,
                    "Authorization", "Bearer s3cret").statusCode());
        }
        try (DocMockServer closed = DocMockServer.builder().port(0).admin(false)
                .build(TestDocs.seeds().operations()).start()) {
            assertEquals(404, Http.send(closed.baseUrl(), "GET", "/__admin/mappings", null).statusCode());
            assertEquals(200, Http.send(closed.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword", null)
                    .statusCode());
        }
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> DocMockServer.builder()
                .bindAddress("0.0.0.0").build(List.of()));
        assertTrue(open.getMessage().contains("--admin-token"), open.getMessage());
        try (DocMockServer named = DocMockServer.builder().port(0).allowedHosts(Set.of("mock.test"))
                .build(TestDocs.seeds().operations()).start()) {
            String answer;
            try (Socket socket = new Socket("127.0.0.1", named.port())) {
                socket.getOutputStream().write(("GET /__admin/mappings?limit=1 HTTP/1.1\r\nHost: mock.test\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            }
            assertEquals("HTTP/1.1 200", answer);
        }
    }
}

package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input: no entity is resolved, no body over the limit is taken, no odd byte stops a worker. */
class HostileInputTest {
    private static final String ENDPOINT = "/Remote/Services88/User.svc";
    private static DocMockServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = DocMockServer.builder().port(0).maxBodyBytes(64 * 1024).build(TestDocs.seeds().operations()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void stillServes() throws Exception {
        assertEquals(200, Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword", null)
                .statusCode(), "the mock still answers documented requests");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsReadFromDiskOrNetwork() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bait.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        bait.start();
        try {
            for (String target : new String[] {secret.toUri().toString(),
                    "http://127.0.0.1:" + bait.getAddress().getPort() + "/entity"}) {
                String body = """
                        <?xml version="1.0"?>
                        <!DOCTYPE e [<!ENTITY x SYSTEM "%s">]>
                        <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>
                        <u:ChangePassword xmlns:u="http://www.superoffice.net/ws/crm/NetServer/Services88">&x;</u:ChangePassword>
                        </s:Body></s:Envelope>""".formatted(target);
                HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", ENDPOINT, body);
                assertEquals(400, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("DOCTYPE"), answer.body());
                assertFalse(answer.body().contains("TOP-SECRET-VALUE"));
            }
            assertEquals(0, fetched.get(), "no request went out for an entity");
        } finally {
            bait.stop(0);
        }
        stillServes();
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                laughs.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            laughs.append("\">\n");
        }
        laughs.append("]>\n<lolz>&lol9;</lolz>");
        long start = System.nanoTime();
        HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", ENDPOINT, laughs.toString(),
                "Content-Type", "application/soap+xml");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("DOCTYPE"), answer.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5000, "refused without expanding");
        stillServes();
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        String big = "{\"AssociateId\": \"" + "x".repeat(100 * 1024) + "\"}";
        HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/SendChangePasswordEMail",
                big, "Content-Type", "application/json");
        assertEquals(413, answer.statusCode());
        assertTrue(answer.body().contains("over the limit of 65536 bytes"), answer.body());
        stillServes();
    }

    @Test
    void oddBytesInPathsHeadersAndBodiesNeverStopAWorker() throws Exception {
        byte[][] requests = {
            bytes("GET /api/v1/\u0000%00%ff/../x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            concat(bytes("GET /api/v1/"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x01}, bytes(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
            concat(bytes("POST /api/v1/Agents/User/ChangeOwnPassword HTTP/1.1\r\nHost: x\r\nX-Odd: "),
                    new byte[] {(byte) 0xc3, 0x28, 0x07}, bytes("\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n"),
                    new byte[] {(byte) 0xff, 0x00, '{', '"'}),
            concat(bytes("POST " + ENDPOINT + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/soap+xml\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"),
                    new byte[] {'<', (byte) 0xff, 0x00, '>', '<'}),
            bytes("GARBAGE\r\n\r\n"),
            bytes("POST /api/v1/Agents/User/ChangeOwnPassword HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\nConnection: close\r\n\r\n"),
        };
        for (byte[] request : requests) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] answer = in.readNBytes(12);
                String statusLine = new String(answer, StandardCharsets.ISO_8859_1);
                assertTrue(statusLine.startsWith("HTTP/1.1 4") || statusLine.startsWith("HTTP/1.1 2"),
                        "an answer, not a dropped connection: '" + statusLine + "'");
            }
        }
        stillServes();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

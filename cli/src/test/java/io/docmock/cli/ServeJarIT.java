package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.DocsModel;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.parser.DocsParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run from another folder: {@code serve} with no arguments answers every seed sample. */
class ServeJarIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path elsewhere;

    private static DocsModel seeds() throws Exception {
        return DocsParser.builder().build().parse(List.of(Path.of(System.getProperty("docmock.seeds", "../seeds"))));
    }

    @Test
    void serveWithNoArgumentsAnswersEverySeedSampleAndStopsCleanly() throws Exception {
        try (JarProcess docmock = JarProcess.start(elsewhere, "serve", "--port", "0", "--verbose")) {
            String url = docmock.awaitUrl();
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            int checked = 0;
            for (Operation operation : seeds().operations()) {
                for (Sample sample : operation.samples()) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + sample.request().target()))
                            .method(sample.request().method(), sample.request().body().isEmpty()
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(sample.request().body()));
                    for (Header header : sample.request().headers()) {
                        request.header(header.name(), header.value());
                    }
                    HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(sample.response().status(), answer.statusCode(), operation.id());
                    assertEquals(sample.response().header("Content-Type"),
                            answer.headers().firstValue("Content-Type").orElse(null), operation.id());
                    if (sample.response().status() != 204) {
                        assertEquals(normalise(sample.response().body()), normalise(answer.body()), operation.id());
                    }
                    String logLine = docmock.readLine();
                    assertTrue(logLine.startsWith(sample.request().method() + " " + sample.request().target() + " -> "
                            + sample.response().status()), logLine);
                    checked++;
                }
            }
            assertEquals(5, checked);
            assertEquals(143, docmock.stop(), "SIGTERM ends the JVM after the shutdown hook");
        }
    }

    private static String normalise(String body) throws Exception {
        return body.strip().startsWith("<") ? body.strip() : new ObjectMapper().readTree(body).toString();
    }

    private static int post(String url, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/Agents/User/SendChangePasswordEMail"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void validationAndBodyLimitFromTheCommandLine() throws Exception {
        try (JarProcess docmock = JarProcess.start(elsewhere, "serve", "--port", "0", "--max-body", "1K",
                "--threads", "1")) {
            String url = docmock.awaitUrl();
            assertEquals(400, post(url, "{\"AssociateId\": \"abc\"}"));
            assertEquals(413, post(url, "{\"AssociateId\": \"" + "x".repeat(2000) + "\"}"));
            assertEquals(200, post(url, "{\"AssociateId\": 7}"));
        }
        try (JarProcess lenient = JarProcess.start(elsewhere, "serve", "--port", "0", "--no-validate")) {
            assertEquals(200, post(lenient.awaitUrl(), "{\"AssociateId\": \"abc\"}"));
        }
        CliRun bad = JarProcess.run(elsewhere, "serve", "--max-body", "lots");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("docmock: --max-body must be a positive size"), bad.err());
        CliRun noThreads = JarProcess.run(elsewhere, "serve", "--threads", "0");
        assertEquals(2, noThreads.exitCode());
        assertEquals("docmock: --threads must be at least 1, not 0", noThreads.err().strip());
    }

    @Test
    void sigtermFinishesTheRequestsInFlight() throws Exception {
        try (JarProcess docmock = JarProcess.start(elsewhere, "serve", "--port", "0")) {
            String url = docmock.awaitUrl();
            String slow = "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/slow\"}, \"response\": {\"status\":"
                    + " 200, \"body\": \"finished\", \"fixedDelayMilliseconds\": 1500}}";
            assertEquals(201, CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/__admin/mappings"))
                    .POST(HttpRequest.BodyPublishers.ofString(slow)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            // HTTP/1.1: JDK 17's client fails every HTTP/2 stream on the GOAWAY a graceful stop sends, answered or not
            var inFlight = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(
                    HttpRequest.newBuilder(URI.create(url + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
            // the request has reached the server when the history lists it (its entry is made before the delay)
            for (int look = 0; look < 10_000 && !CLIENT.send(HttpRequest.newBuilder(URI.create(url
                    + "/__docmock/requests")).build(), HttpResponse.BodyHandlers.ofString()).body().contains("/slow");
                 look++) {
                Thread.onSpinWait();
            }
            assertEquals(143, docmock.stop(), "SIGTERM ends the JVM after the shutdown hook");
            HttpResponse<String> answer = inFlight.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals("finished", answer.body());
        }
    }

    @Test
    void theAdminApiIsNotOpenedToTheNetworkWithoutAToken() throws Exception {
        CliRun open = JarProcess.run(elsewhere, "serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, open.exitCode(), open.out() + open.err());
        assertTrue(open.err().startsWith("docmock: binding 0.0.0.0 opens the admin API to the network"), open.err());
        try (JarProcess closed = JarProcess.start(elsewhere, "serve", "--port", "0", "--no-admin")) {
            String url = closed.awaitUrl();
            assertEquals(404, CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/__admin/mappings")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void aPortInUseIsOneLineAndExit2() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = JarProcess.run(elsewhere, "serve", "--port", String.valueOf(socket.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("docmock: cannot listen on 127.0.0.1:" + socket.getLocalPort()), run.err());
            assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }

    @Test
    void generateWritesTheSameMappingFilesEveryRun() throws Exception {
        Path seeds = Path.of(System.getProperty("docmock.seeds", "../seeds")).toAbsolutePath();
        CliRun first = JarProcess.run(elsewhere, "generate", seeds.toString(), "--out", "one");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("wrote 8 mapping files"), first.out());
        CliRun second = JarProcess.run(elsewhere, "generate", seeds.toString(), "--out", "two");
        assertEquals(0, second.exitCode(), second.err());
        try (Stream<Path> files = Files.list(elsewhere.resolve("one/mappings"))) {
            for (Path file : files.toList()) {
                Path twin = elsewhere.resolve("two/mappings").resolve(file.getFileName());
                assertEquals(-1L, Files.mismatch(file, twin), file.getFileName().toString());
            }
        }
        assertTrue(Files.exists(elsewhere.resolve("one/mappings/v1UserAgent_ChangeOwnPassword.json")));
        assertTrue(Files.readString(elsewhere.resolve("one/mappings/services88-user-changepassword.json"))
                .toLowerCase(Locale.ROOT).contains("matchesxpath"));
    }

    @Test
    void helpListsTheCommands() throws Exception {
        CliRun run = JarProcess.run(elsewhere, "--help");
        assertEquals(0, run.exitCode());
        for (String command : List.of("parse", "serve", "generate")) {
            assertTrue(run.out().contains(command), run.out());
        }
    }
}

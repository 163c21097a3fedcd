package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} follows its docs while it runs: in a copy of the seeds, a changed sample response, an added page,
 * a removed page and a page that can no longer be read each show in the answers within two seconds.
 */
class HotReloadJarIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final long WITHIN_NANOS = 2_000_000_000L;

    @TempDir
    Path work;

    private static HttpResponse<String> post(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer is as expected, for at most two seconds from the change. */
    private static HttpResponse<String> within2s(String url, Predicate<HttpResponse<String>> expected)
            throws Exception {
        long deadline = System.nanoTime() + WITHIN_NANOS;
        HttpResponse<String> answer = post(url);
        while (!expected.test(answer) && System.nanoTime() < deadline) {
            answer = post(url);
        }
        return answer;
    }

    @Test
    void changedAddedRemovedAndUnreadablePagesShowWithinTwoSeconds() throws Exception {
        Path docs = Files.createDirectories(work.resolve("docs"));
        try (Stream<Path> seeds = Files.list(Path.of(System.getProperty("docmock.seeds", "../seeds")))) {
            for (Path page : seeds.toList()) {
                Files.copy(page, docs.resolve(page.getFileName()));
            }
        }
        Path changeOwn = docs.resolve("002_ae206bf9aca075b9.txt");
        String original = Files.readString(changeOwn);
        try (JarProcess mock = JarProcess.start(work, "serve", docs.toString(), "--port", "0")) {
            String url = mock.awaitUrl();
            String changeOwnUrl = url + "/api/v1/Agents/User/ChangeOwnPassword";
            assertEquals("true", post(changeOwnUrl).body().strip());

            Files.writeString(changeOwn, original.replace("\ntrue\n", "\nfalse\n"));
            assertEquals("false", within2s(changeOwnUrl, a -> a.body().strip().equals("false")).body().strip());

            Files.writeString(docs.resolve("added.md"), original.replace("ChangeOwnPassword", "ChangeOtherPassword"));
            assertEquals(200, within2s(url + "/api/v1/Agents/User/ChangeOtherPassword", a -> a.statusCode() == 200)
                    .statusCode());

            Files.delete(docs.resolve("000_11e867df7d3abda0.txt"));
            assertEquals(404, within2s(url + "/api/v1/Agents/User/SendChangePasswordEMail",
                    a -> a.statusCode() == 404).statusCode());

            // a page that can no longer be read: its last good version stays, and the warning is on the page's feed
            Files.writeString(changeOwn, "---\nid: [unclosed\n---\n# POST Agents/User/ChangeOwnPassword\n");
            HttpResponse<String> warnings = CLIENT.send(HttpRequest.newBuilder(URI.create(url
                    + "/__docmock/warnings")).build(), HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + WITHIN_NANOS;
            while (!warnings.body().contains("002_ae206bf9aca075b9.txt") && System.nanoTime() < deadline) {
                warnings = CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/__docmock/warnings")).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            assertTrue(warnings.body().contains("docs/002_ae206bf9aca075b9.txt"), warnings.body());
            assertEquals("false", post(changeOwnUrl).body().strip(), "the last good version is still served");
        }
    }
}

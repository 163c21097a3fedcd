package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer's flows with the packaged jar: check a consumer's pact against the docs; record a consumer pact
 * while requests are answered by the mock; verify a provider against that pact.
 */
class ConsumerContractsJarIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    @TempDir
    Path work;

    private static String seeds() {
        return Path.of(System.getProperty("docmock.seeds", "../seeds")).toAbsolutePath().toString();
    }

    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void checkPactPassesTheDocsOwnPactAndFailsABrokenOneWithItsCodeAndPage() throws Exception {
        assertEquals(0, JarProcess.run(work, "generate", seeds(), "--out", "out").exitCode());
        CliRun ok = JarProcess.run(work, "check-pact", "out/pacts", "--docs", seeds(), "--json", "ok.json",
                "--junit", "ok.xml", "--html", "ok.html");
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().strip().endsWith("5 passed, 0 failed"), ok.out());

        // the consumer expects a property the docs never show, and a status they do not list
        String pact = Files.readString(work.resolve("out/pacts/docs-consumer-api.json"))
                .replace("\"Success\": true", "\"Succeeded\": true")
                .replace("\"status\": 200", "\"status\": 201");
        Files.writeString(work.resolve("broken.json"), pact);
        CliRun broken = JarProcess.run(work, "check-pact", "broken.json", "--docs", seeds(), "--json", "broken.out.json",
                "--html", "broken.html");
        assertEquals(1, broken.exitCode(), broken.out() + broken.err());
        assertTrue(broken.out().contains("FAIL [4] POST /api/v1/Agents/User/SendChangePasswordEMail"
                + " (v1UserAgent_SendChangePasswordEMail): POST /api/v1/Agents/User/SendChangePasswordEMail"
                + " -> v1UserAgent_SendChangePasswordEMail (seeds/000_11e867df7d3abda0.txt:7)"), broken.out());
        assertTrue(broken.out().contains("response.body.incompatible interactions[4].response.body.Succeeded:"
                + " not a documented property"), broken.out());
        assertTrue(broken.out().contains("response.status.unknown interactions[4].response.status: 201 is not a"
                + " documented status"), broken.out());
        JsonNode json = new ObjectMapper().readTree(work.resolve("broken.out.json").toFile());
        assertEquals("failed", json.get("interactions").get(4).get("outcome").asText());
        assertEquals("seeds/000_11e867df7d3abda0.txt:7", json.get("interactions").get(4).get("source").asText());
        String html = Files.readString(work.resolve("broken.html"));
        assertTrue(html.contains("000_11e867df7d3abda0.txt#L7"), "links to the page and line");
        assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://"),
                "nothing loaded from elsewhere");

        Files.writeString(work.resolve("junk.json"), "{\"interactions\": [");
        CliRun junk = JarProcess.run(work, "check-pact", "junk.json", "--docs", seeds());
        assertEquals(2, junk.exitCode(), junk.out() + junk.err());
        assertTrue(junk.err().startsWith("docmock: junk.json: not a pact file"), junk.err());
        assertFalse(junk.err().contains("\tat "), junk.err());
    }

    @Test
    void aRecordedPactVerifiesAgainstTheMockAndFailsAgainstAProviderThatBreaksIt() throws Exception {
        String soapRequest = "<s:Envelope xmlns:s=\"" + SOAP_11 + "\"><s:Body>"
                + "<u:ChangePassword xmlns:u=\"http://www.superoffice.net/ws/crm/NetServer/Services88\">"
                + "<u:AssociateId>7</u:AssociateId><u:NewPassword>secret</u:NewPassword></u:ChangePassword>"
                + "</s:Body></s:Envelope>";
        try (JarProcess mock = JarProcess.start(work, "serve", seeds(), "--port", "0", "--record-pact",
                "pacts/my-app.json", "--consumer", "my-app", "--provider", "superoffice")) {
            String url = mock.awaitUrl();
            assertEquals(200, post(url + "/api/v1/Agents/User/SendChangePasswordEMail", "application/json",
                    "{\"AssociateId\": 7}").statusCode());
            assertEquals(200, post(url + "/Remote/Services88/User.svc", "text/xml; charset=utf-8", soapRequest)
                    .statusCode());
            // not answered from the docs: a validation refusal is no interaction
            assertEquals(400, post(url + "/api/v1/Agents/User/ChangeOwnPassword", "application/json",
                    "{\"OldPassword\": 5}").statusCode());
            HttpResponse<String> pact = post(url + "/__docmock/pact", "application/json", "");
            assertEquals(200, pact.statusCode(), pact.body());
            JsonNode interactions = new ObjectMapper().readTree(pact.body()).get("interactions");
            assertEquals(2, interactions.size(), pact.body());
            mock.stop(); // as Ctrl-C does: the pact is written on the way out
        }
        JsonNode written = new ObjectMapper().readTree(work.resolve("pacts/my-app.json").toFile());
        assertEquals("my-app", written.get("consumer").get("name").asText());
        assertEquals(2, written.get("interactions").size());
        assertTrue(written.toString().contains("\"AssociateId\":7"), "the request as the consumer sent it: " + written);

        CliRun checked = JarProcess.run(work, "check-pact", "pacts/my-app.json", "--docs", seeds());
        assertEquals(0, checked.exitCode(), checked.out() + checked.err());

        try (JarProcess provider = JarProcess.start(work, "serve", seeds(), "--port", "0")) {
            CliRun verify = JarProcess.run(work, "verify", "--pacts", "pacts/my-app.json", "--provider-url",
                    provider.awaitUrl(), "--html", "verify.html");
            assertEquals(0, verify.exitCode(), verify.out() + verify.err());
            assertTrue(verify.out().strip().endsWith("2 passed, 0 failed"), verify.out());
            assertTrue(Files.readString(work.resolve("verify.html")).contains("2 passed, 0 failed"));
        }
        // a provider that answers otherwise: the same docs, but the e-mail operation says Success is a string
        Path otherDocs = Files.createDirectories(work.resolve("other"));
        for (Path page : Files.list(Path.of(seeds())).toList()) {
            Files.writeString(otherDocs.resolve(page.getFileName()),
                    Files.readString(page).replace("\"Success\": true", "\"Success\": \"yes\""));
        }
        try (JarProcess provider = JarProcess.start(work, "serve", otherDocs.toString(), "--port", "0")) {
            CliRun verify = JarProcess.run(work, "verify", "--pacts", "pacts/my-app.json", "--provider-url",
                    provider.awaitUrl());
            assertEquals(1, verify.exitCode(), verify.out() + verify.err());
            assertTrue(verify.out().contains("body $.Success"), verify.out());
            assertTrue(verify.out().strip().endsWith("1 passed, 1 failed"), verify.out());
        }
    }
}

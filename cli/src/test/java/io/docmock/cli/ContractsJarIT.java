package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} then {@code verify} with the packaged jar: against docmock itself, and against a provider that breaks. */
class ContractsJarIT {
    @TempDir
    Path work;

    private static String seeds() {
        return Path.of(System.getProperty("docmock.seeds", "../seeds")).toAbsolutePath().toString();
    }

    @Test
    void generatedPactsVerifyAgainstServeAndFailLoudlyAgainstAnotherProvider() throws Exception {
        CliRun generate = JarProcess.run(work, "generate", seeds(), "--out", "out");
        assertEquals(0, generate.exitCode(), generate.err());
        assertTrue(generate.out().contains("wrote pact out/pacts/docs-consumer-api.json (specification v4, 5 interactions)"),
                generate.out());
        assertFalse(generate.err().contains("SLF4J"), generate.err());
        byte[] firstPact = Files.readAllBytes(work.resolve("out/pacts/docs-consumer-api.json"));
        assertEquals(0, JarProcess.run(work, "generate", seeds(), "--out", "out").exitCode());
        assertEquals(-1L, java.util.Arrays.mismatch(firstPact,
                Files.readAllBytes(work.resolve("out/pacts/docs-consumer-api.json"))), "the same docs, the same pact");

        try (JarProcess mock = JarProcess.start(work, "serve", seeds(), "--port", "0")) {
            String url = mock.awaitUrl();
            CliRun verify = JarProcess.run(work, "verify", "--pacts", "out/pacts", "--provider-url", url,
                    "--junit", "out/junit.xml");
            assertEquals(0, verify.exitCode(), verify.out() + verify.err());
            assertTrue(verify.out().strip().endsWith("5 passed, 0 failed"), verify.out());
            assertTrue(verify.out().contains("PASS POST /api/v1/Agents/User/ChangeOwnPassword (v1UserAgent_ChangeOwnPassword)"),
                    verify.out());
            assertTrue(Files.readString(work.resolve("out/junit.xml")).contains("tests=\"5\""));
        }

        // a provider that answers differently: docmock serving other docs, where one page says otherwise
        Path otherDocs = Files.createDirectories(work.resolve("other"));
        String page = Files.readString(Path.of(seeds(), "000_11e867df7d3abda0.txt"))
                .replace("\"Success\": true", "\"Success\": \"yes\"")
                .replace("HTTP/1.1 200 OK", "HTTP/1.1 202 Accepted");
        Files.writeString(otherDocs.resolve("000.md"), page);
        try (JarProcess other = JarProcess.start(work, "serve", otherDocs.toString(), "--port", "0")) {
            String url = other.awaitUrl();
            CliRun verify = JarProcess.run(work, "verify", "--pacts", "out/pacts/docs-consumer-api.json",
                    "--provider-url", url, "--junit", "out/failed.xml");
            assertEquals(1, verify.exitCode(), verify.out() + verify.err());
            assertTrue(verify.out().contains("FAIL POST /api/v1/Agents/User/SendChangePasswordEMail"
                    + " (v1UserAgent_SendChangePasswordEMail) [seeds/000_11e867df7d3abda0.txt:87]"), verify.out());
            assertTrue(verify.out().contains("status: expected 200, actual 202"), verify.out());
            assertTrue(verify.out().contains("body $.Success"), verify.out());
            assertTrue(verify.out().strip().endsWith("0 passed, 5 failed"), verify.out());
            String junit = Files.readString(work.resolve("out/failed.xml"));
            assertTrue(junit.contains("failures=\"5\""), junit);
        }
    }

    @Test
    void aFileThatIsNotAPactIsExit2WithAMessage() throws Exception {
        Files.writeString(work.resolve("broken.json"), "{\"hello\": ");
        CliRun run = JarProcess.run(work, "verify", "--pacts", "broken.json", "--provider-url", "http://127.0.0.1:1");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("docmock: broken.json: not a pact file"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());

        CliRun badUrl = JarProcess.run(work, "verify", "--pacts", "broken.json", "--provider-url", "localhost:8080");
        assertEquals(2, badUrl.exitCode());
        assertTrue(badUrl.err().contains("--provider-url must be an http(s) URL"), badUrl.err());
    }

    @Test
    void specVersion3() throws Exception {
        CliRun generate = JarProcess.run(work, "generate", seeds(), "--out", "v3", "--pact-spec", "3",
                "--consumer", "web", "--provider", "crm");
        assertEquals(0, generate.exitCode(), generate.err());
        String pact = Files.readString(work.resolve("v3/pacts/web-crm.json"));
        assertTrue(pact.contains("\"version\": \"3.0.0\""), pact);
    }
}

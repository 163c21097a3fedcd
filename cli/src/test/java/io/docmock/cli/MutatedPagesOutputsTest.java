package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.docmock.contracts.PactCheck;
import io.docmock.mock.DocMockServer;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.parser.DocsParser;
import io.docmock.parser.TestDocs;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output made from the operation model, on real pages mutated with a fixed seed (lines dropped, doubled or
 * swapped, bytes flipped, cut short): generate writes mappings, WSDLs, the OpenAPI document and the pact, exit 0
 * with no stack trace; a running mock answers each endpoint's {@code ?wsdl}, the catalogue's data for each
 * operation and its OpenAPI document; check-pact reads the generated pact. The timeout is a limit on a hang.
 */
class MutatedPagesOutputsTest {
    /** Fixed, so that a failure repeats; {@code -Ddocmock.fuzz.seed=N} tries others. */
    private static final long SEED = Long.getLong("docmock.fuzz.seed", 20261128L);
    private static final int MUTANTS = 200;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path root;

    private static byte[] mutate(byte[] page, Random random) {
        List<String> lines = new ArrayList<>(new String(page, StandardCharsets.UTF_8).lines().toList());
        switch (random.nextInt(5)) {
            case 0 -> lines.remove(random.nextInt(lines.size()));
            case 1 -> {
                int line = random.nextInt(lines.size());
                lines.add(line, lines.get(line));
            }
            case 2 -> {
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                String swapped = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, swapped);
            }
            case 3 -> {
                byte[] flipped = page.clone();
                for (int i = 0; i < 8; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) "{}<>\"':[],/*\n"
                            .charAt(random.nextInt(13));
                }
                return flipped;
            }
            default -> {
                return java.util.Arrays.copyOf(page, random.nextInt(page.length));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static int get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyOutputIsMadeFromMutatedPages() throws Exception {
        List<Path> originals = TestDocs.seedAndCorpusPages("the outputs' fuzz test");
        Path docs = Files.createDirectories(root.resolve("docs"));
        Random random = new Random(SEED);
        for (int i = 0; i < MUTANTS; i++) {
            Path original = originals.get(random.nextInt(originals.size()));
            Files.write(docs.resolve("mutant-" + i + "-" + original.getFileName()),
                    mutate(Files.readAllBytes(original), random));
        }
        CliRun generate = CliRun.of("generate", docs.toString(), "--out", root.resolve("out").toString());
        assertEquals(0, generate.exitCode(), generate.err());
        assertFalse(generate.err().contains("\tat ") || generate.out().contains("\tat "), generate.err());

        DocsModel model = DocsParser.builder().build().parse(List.of(docs));
        try (DocMockServer server = DocMockServer.builder().port(0).build(model.operations())
                .start(model.operations(), model.wsdls())) {
            assertEquals(200, get(server.baseUrl() + "/__docmock/openapi.json"));
            assertEquals(200, get(server.baseUrl() + "/__docmock/operations"));
            for (Operation operation : model.operations()) {
                assertEquals(200, get(server.baseUrl() + "/__docmock/operations?id="
                        + URLEncoder.encode(operation.id(), StandardCharsets.UTF_8)), operation.id());
                if (operation.soap() != null) {
                    assertEquals(200, get(server.baseUrl() + operation.soap().endpointPath() + "?wsdl"),
                            operation.soap().endpointPath());
                }
            }
        }
        new PactCheck(model.operations()).check(root.resolve("out/pacts/docs-consumer-api.json"));
    }
}

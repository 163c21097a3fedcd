package io.docmock.contracts;

import io.docmock.parser.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.mock.DocMockServer;
import io.docmock.model.DocsModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke test users copy into CI: pacts generated from the docs verify against docmock serving the same docs. */
class SelfConsistencyTest {
    @TempDir
    Path dir;

    private List<InteractionResult> generateAndVerify(DocsModel model, int specVersion) throws Exception {
        return generateAndVerify(model, specVersion, ContractOptions.defaults());
    }

    private List<InteractionResult> generateAndVerify(DocsModel model, int specVersion, ContractOptions options)
            throws Exception {
        Contracts contracts = PactContracts.build(model.operations(), options);
        assertEquals(List.of(), PactContracts.validate(contracts.pact(), specVersion));
        Path file = PactContracts.write(contracts.pact(), dir, specVersion);
        try (DocMockServer server = DocMockServer.builder().port(0).build(model.operations()).start()) {
            return new PactVerifier(URI.create(server.baseUrl())).verify(List.of(file), r -> { });
        }
    }

    private static void assertAllPass(List<InteractionResult> results, int atLeast) {
        for (InteractionResult result : results) {
            assertTrue(result.passed(), result.description() + " (" + result.source() + "): " + result.mismatches());
        }
        assertTrue(results.size() >= atLeast, "interactions verified: " + results.size());
    }

    @Test
    void seedPactsVerifyAgainstTheMock() throws Exception {
        List<InteractionResult> results = generateAndVerify(TestDocs.seeds(), 4);
        assertAllPass(results, 5);
        assertEquals(5, results.size());
        for (InteractionResult result : results) {
            assertTrue(result.source().matches(".*seeds/00\\d_[0-9a-f]+\\.txt:\\d+"), result.source());
        }
    }

    @Test
    void seedPactsInSpecVersion3VerifyToo() throws Exception {
        assertAllPass(generateAndVerify(TestDocs.seeds(), 3), 5);
        String json = Files.readString(dir.resolve("docs-consumer-api.json"));
        assertTrue(json.contains("\"version\": \"3.0.0\""), json.substring(0, Math.min(400, json.length())));
    }

    @Test
    void soapInteractionsInSoap11VerifyAgainstTheMock() throws Exception {
        List<InteractionResult> results = generateAndVerify(TestDocs.seeds(), 4,
                new ContractOptions(ContractOptions.DEFAULT_CONSUMER, null, "1.1"));
        assertAllPass(results, 5);
        String json = Files.readString(dir.resolve("docs-consumer-api.json"));
        assertTrue(json.contains("text/xml; charset=utf-8"), "SOAP 1.1 requests and answers are text/xml");
        assertTrue(json.contains("http://schemas.xmlsoap.org/soap/envelope/"), "in the SOAP 1.1 envelope");
        assertTrue(!json.contains("http://www.w3.org/2003/05/soap-envelope"), "and in no 1.2 envelope");
    }

    @Test
    void corpusPactsVerifyAgainstTheMock() throws Exception {
        assertAllPass(generateAndVerify(TestDocs.corpusOrSkip(), 4), 90);
    }
}

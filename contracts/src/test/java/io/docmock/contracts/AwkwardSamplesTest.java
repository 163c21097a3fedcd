package io.docmock.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.core.model.Pact;
import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import io.docmock.parser.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Samples that pact-jvm's writer could not write, or wrote so that its own reader refused the file: a property
 * name with a quote or a backslash, a charset Java does not know, a JSON Content-Type over a body that is not JSON.
 * The pact is written, and pact-jvm reads it back with every interaction.
 */
class AwkwardSamplesTest {
    @Test
    void awkwardSamplesStillGiveAPactThatPactJvmReads(@TempDir Path out) throws Exception {
        String page = Files.readString(TestDocs.seed("002"));
        DocsModel docs = DocsParser.builder().build().parsePages(Map.of(
                "docs/quote.md", page.replace("\ntrue\n", "\n{\"it's\": 1, \"a\\\\b\": {\"c'd\": [true]}}\n"),
                "docs/charset.md", page.replace("ChangeOwnPassword", "Charset")
                        .replace("Content-Type: application/json; charset=utf-8\n\ntrue",
                                "Content-Type: application/json; charset=u}f-8\n\ntrue"),
                "docs/notjson.md", page.replace("ChangeOwnPassword", "NotJson").replace("\ntrue\n", "\n{true\n"),
                "docs/quoted.md", page.replace("ChangeOwnPassword", "Quoted")
                        .replace("Content-Type: application/json; charset=utf-8\n\ntrue",
                                "Content-Type: application/json; charset=utf\"8\n\ntrue")));
        assertEquals(4, docs.operations().size(), docs.skipped().toString());
        Contracts contracts = PactContracts.build(docs.operations(), ContractOptions.defaults());
        Path file = PactContracts.write(contracts.pact(), out, 4);
        Pact read = PactVerifier.read(file);
        assertEquals(4, read.getInteractions().size());
    }
}

package io.docmock.contracts;

import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

final class TestDocs {
    private TestDocs() {
    }

    static Path seedsFolder() {
        return Path.of(System.getProperty("docmock.seeds", "../seeds"));
    }

    static DocsModel seeds() throws Exception {
        return DocsParser.builder().build().parse(List.of(seedsFolder()));
    }

    /** The shared corpus; the calling test is skipped, saying why, when it is absent. */
    static DocsModel corpusOrSkip() throws Exception {
        Path path = Path.of(System.getProperty("docmock.corpus", "../../shared/corpus"));
        if (!Files.isDirectory(path)) {
            System.out.println("SKIPPED: corpus tests need ../shared/corpus; not found at " + path.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus not found at " + path.toAbsolutePath());
        return DocsParser.builder().build().parse(List.of(path));
    }
}

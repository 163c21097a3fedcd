package io.docmock.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the seed pages and the shared corpus are, as Surefire tells (they also resolve from the module folder). */
public final class TestDocs {
    private TestDocs() {
    }

    public static Path seeds() {
        Path path = Path.of(System.getProperty("docmock.seeds", "../seeds"));
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("seed pages not found at " + path.toAbsolutePath());
        }
        return path;
    }

    public static Path seed(String prefix) throws Exception {
        try (var files = Files.list(seeds())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** The shared corpus; the calling test is skipped, saying why, when it is absent. */
    public static Path corpusOrSkip() {
        Path path = Path.of(System.getProperty("docmock.corpus", "../../shared/corpus"));
        if (!Files.isDirectory(path)) {
            System.out.println("SKIPPED: corpus tests need ../shared/corpus beside the project; not found at "
                    + path.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus not found at " + path.toAbsolutePath()
                + ": corpus tests skipped");
        return path;
    }
}

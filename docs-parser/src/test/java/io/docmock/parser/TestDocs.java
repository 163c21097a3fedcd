package io.docmock.parser;

import io.docmock.model.DocsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The test docs of every module: the seed pages and the shared corpus, where Surefire says they are (they also
 * resolve from a module folder). Shipped to the other modules' tests as this module's test jar.
 */
public final class TestDocs {
    private TestDocs() {
    }

    public static Path seedsFolder() {
        Path path = Path.of(System.getProperty("docmock.seeds", "../seeds"));
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("seed pages not found at " + path.toAbsolutePath());
        }
        return path;
    }

    public static Path seed(String prefix) throws Exception {
        try (var files = Files.list(seedsFolder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** The shared corpus; the calling test is skipped, saying why, when it is absent. */
    public static Path corpusFolderOrSkip() {
        Path path = Path.of(System.getProperty("docmock.corpus", "../../shared/corpus"));
        if (!Files.isDirectory(path)) {
            System.out.println("SKIPPED: corpus tests need ../shared/corpus beside the project; not found at "
                    + path.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus not found at " + path.toAbsolutePath()
                + ": corpus tests skipped");
        return path;
    }

    /** The file a page name of the corpus stands for: names start with the folder's own name, {@code corpus/...}. */
    public static Path corpusFile(String name) {
        return corpusFolderOrSkip().toAbsolutePath().normalize().getParent().resolve(name);
    }

    /** The name the parser gives a file of the corpus folder: {@code corpus/restful/...}, wherever links lead. */
    public static String corpusName(Path file) throws java.io.IOException {
        Path corpus = corpusFolderOrSkip();
        return corpus.toAbsolutePath().normalize().getFileName() + "/"
                + corpus.toRealPath().relativize(file.toRealPath()).toString().replace('\\', '/');
    }

    /**
     * Every page of the seeds and, where it is present, of the corpus: what the fuzz tests mutate. Without the
     * corpus the caller's test says it runs in part.
     */
    public static List<Path> seedAndCorpusPages(String test) throws java.io.IOException {
        List<Path> pages = new java.util.ArrayList<>(DocsParser.pageFiles(List.of(seedsFolder())));
        Path corpus = Path.of(System.getProperty("docmock.corpus", "../../shared/corpus"));
        if (Files.isDirectory(corpus)) {
            pages.addAll(DocsParser.pageFiles(List.of(corpus)));
        } else {
            System.out.println("SKIPPED (in part): " + test + " mutates the seed pages only; ../shared/corpus not found");
        }
        return pages;
    }

    public static DocsModel seeds() throws Exception {
        return DocsParser.builder().build().parse(List.of(seedsFolder()));
    }

    public static DocsModel corpusOrSkip() throws Exception {
        return DocsParser.builder().build().parse(List.of(corpusFolderOrSkip()));
    }
}

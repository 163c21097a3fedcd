package io.docmock.cli;

import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The docs a command reads, as a picocli mixin every command that reads docs shares: the paths given, or, when none
 * are, every seed page packaged in the jar (the build copies {@code seeds/} into it).
 */
final class DocsInput {
    private static final String SEEDS_RESOURCE = "docmock-seeds";

    @Parameters(paramLabel = "DOCS", arity = "0..*",
            description = "Pages or folders of pages (*.md, *.txt), read recursively. Default: the packaged seed pages.")
    List<Path> docs;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where what each page gave is kept, so that the"
            + " next run over the same folders reads only the pages that changed (size or modification time of the"
            + " page or of a file it includes, or another file in its place). Default: $XDG_CACHE_HOME/docmock,"
            + " else ~/.cache/docmock.")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Read every page and keep nothing for the next run.")
    boolean noCache;

    /** Reads the docs, printing progress to {@code progressOut} (or nothing when it is null). */
    DocsModel read(PrintWriter progressOut) {
        DocsParser parser = DocsParser.builder().cacheFolder(noCache ? null : cacheFolder()).build();
        if (docs == null || docs.isEmpty()) {
            return parser.parsePages(seedPages());
        }
        for (Path path : docs) {
            if (!Files.exists(path)) {
                throw new UserError("no such file or folder: " + path);
            }
        }
        try {
            return parser.parse(docs, count -> {
                if (progressOut != null) {
                    progressOut.println("  ... " + count + " pages read");
                    progressOut.flush();
                }
            });
        } catch (IOException e) {
            throw new UserError("cannot read docs: " + e.getMessage());
        }
    }

    private Path cacheFolder() {
        if (cacheDir != null) {
            return cacheDir;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("docmock");
    }

    /** Every page in the packaged seed folder, by name, as {@code seeds/<name>}. */
    private static Map<String, String> seedPages() {
        URL folder = DocsInput.class.getClassLoader().getResource(SEEDS_RESOURCE);
        if (folder == null) {
            throw new IllegalStateException("the seed pages are missing from the jar (" + SEEDS_RESOURCE + ")");
        }
        try {
            URI uri = folder.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(SEEDS_RESOURCE));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the seed pages packaged in the jar: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                pages.put("seeds/" + name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}

package io.docmock.cli;

import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The docs a command reads: the paths given, or the seed pages packaged in the jar when none are. */
final class DocsInput {
    static final String SEEDS_RESOURCE = "docmock-seeds/";
    static final List<String> SEED_PAGES = List.of("000_11e867df7d3abda0.txt", "001_d84edcaf996f4467.txt",
            "002_ae206bf9aca075b9.txt", "003_60c5a6e640c20ae9.txt", "004_041c13fb173d3e65.txt");

    private DocsInput() {
    }

    static DocsModel read(List<Path> paths, PrintWriter progressOut) {
        DocsParser parser = DocsParser.builder().build();
        if (paths == null || paths.isEmpty()) {
            return readSeeds(parser);
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserError("no such file or folder: " + path);
            }
        }
        try {
            return parser.parse(paths, count -> {
                if (progressOut != null) {
                    progressOut.println("  ... " + count + " pages read");
                    progressOut.flush();
                }
            });
        } catch (IOException e) {
            throw new UserError("cannot read docs: " + e.getMessage());
        }
    }

    private static DocsModel readSeeds(DocsParser parser) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String page : SEED_PAGES) {
            pages.put("seeds/" + page, resource(SEEDS_RESOURCE + page));
        }
        return parser.parsePages(pages);
    }

    private static String resource(String name) {
        try (InputStream in = DocsInput.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("seed page missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

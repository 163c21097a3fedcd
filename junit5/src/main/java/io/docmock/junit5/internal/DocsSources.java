package io.docmock.junit5.internal;

import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads docs from where a test names them: a folder or page ({@code src/test/resources/api-docs}), or a class path
 * resource ({@code classpath:api-docs}), also inside a jar.
 */
public final class DocsSources {
    public static final String CLASSPATH = "classpath:";

    private DocsSources() {
    }

    /** The docs at these locations, read together. */
    public static DocsModel read(List<String> locations, ClassLoader loader) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("docmock: no docs given; name a folder or classpath:folder");
        }
        List<Path> folders = new ArrayList<>();
        Map<String, String> pages = new TreeMap<>();
        for (String location : locations) {
            if (location.startsWith(CLASSPATH)) {
                pages.putAll(classPathPages(location.substring(CLASSPATH.length()), loader));
            } else {
                Path path = Path.of(location);
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("docmock: no such docs folder or page: "
                            + path.toAbsolutePath());
                }
                folders.add(path);
            }
        }
        DocsParser parser = DocsParser.builder().build();
        try {
            if (pages.isEmpty()) {
                return parser.parse(folders);
            }
            for (Path folder : folders) {
                pages.putAll(pagesUnder(folder, folder.toAbsolutePath().normalize().getFileName().toString()));
            }
            return parser.parsePages(pages);
        } catch (IOException e) {
            throw new UncheckedIOException("docmock: cannot read docs: " + e.getMessage(), e);
        }
    }

    /** Every page under a class path folder, by {@code folder/relative name}. */
    private static Map<String, String> classPathPages(String name, ClassLoader loader) {
        String folder = name.startsWith("/") ? name.substring(1) : name;
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("docmock: no docs on the class path at " + CLASSPATH + folder
                    + " (in a jar, the folder needs its own entry, as the jar tool and Maven write it)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return pagesUnder(jar.getPath(folder), folder);
                } catch (FileSystemAlreadyExistsException e) {
                    // opened elsewhere in this JVM: read through that one, and leave it open
                    return pagesUnder(FileSystems.getFileSystem(uri).getPath(folder), folder);
                }
            }
            return pagesUnder(Path.of(uri), folder);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException("docmock: cannot read " + CLASSPATH + folder + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> pagesUnder(Path root, String name) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            pages.put(name, Files.readString(root, StandardCharsets.UTF_8));
            return pages;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(".md") || relative.endsWith(".txt")) {
                    pages.put(name + "/" + relative, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }
}

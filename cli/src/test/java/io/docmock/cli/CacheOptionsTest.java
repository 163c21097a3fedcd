package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.parser.TestDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache-dir} and {@code --no-cache}: a second run reads the cache and writes the same files. */
class CacheOptionsTest {
    @TempDir
    Path temp;

    private Path seedsDatedBack() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("seeds"));
        try (Stream<Path> pages = Files.list(TestDocs.seedsFolder())) {
            for (Path page : pages.toList()) {
                Path copy = Files.copy(page, docs.resolve(page.getFileName().toString()));
                // pages written in the last two seconds are never cached (file times have ticks)
                Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        return docs;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void aSecondGenerateFromTheCacheWritesTheSameFiles() throws IOException {
        Path docs = seedsDatedBack();
        Path cache = temp.resolve("cache");
        CliRun first = CliRun.of("generate", docs.toString(), "--out", temp.resolve("first").toString(),
                "--cache-dir", cache.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(1, files(cache).size(), "one cache file for the folder: " + files(cache));
        byte[] cacheFile = Files.readAllBytes(cache.resolve(files(cache).get(0)));

        CliRun second = CliRun.of("generate", docs.toString(), "--out", temp.resolve("second").toString(),
                "--cache-dir", cache.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.err(), second.err(), "the same warnings");
        assertEquals(files(temp.resolve("first")), files(temp.resolve("second")));
        for (Path file : files(temp.resolve("first"))) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("first").resolve(file)),
                    Files.readAllBytes(temp.resolve("second").resolve(file)), file.toString());
        }
        assertArrayEquals(cacheFile, Files.readAllBytes(cache.resolve(files(cache).get(0))),
                "nothing changed, so the cache file is not written again");
    }

    @Test
    void noCacheKeepsNothing() throws IOException {
        Path cache = temp.resolve("cache");
        CliRun run = CliRun.of("parse", seedsDatedBack().toString(), "--no-cache", "--cache-dir", cache.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(cache));
    }

    @Test
    void serveSaysWhereTheCacheIs() {
        CliRun help = CliRun.of("serve", "--help");
        assertTrue(help.out().contains("--cache-dir") && help.out().contains("--no-cache"), help.out());
    }
}

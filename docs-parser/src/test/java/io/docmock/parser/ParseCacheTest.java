package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache: a start reads only the pages that changed, and what it gives is what reading every page gives.
 * Pages are dated an hour back (a page written in the last two seconds is never cached: file times have ticks).
 */
class ParseCacheTest {
    private static final FileTime HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path temp;

    private DocsModel cached(Path docs) throws IOException {
        return DocsParser.builder().cacheFolder(temp.resolve("cache")).build().parse(List.of(docs));
    }

    private static DocsModel fresh(Path docs) throws IOException {
        return DocsParser.builder().build().parse(List.of(docs));
    }

    /** The seeds and the corpus copied and dated back, so that their pages may be cached. */
    private Path copyDatedBack(Path from, String name) throws IOException {
        Path to = temp.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    Files.setLastModifiedTime(target, HOUR_AGO);
                }
            }
        }
        return to;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, HOUR_AGO);
        return file;
    }

    private static String page(String uid, String path, String answer) {
        return """
                ---
                uid: %s
                ---

                # GET %s

                ```http
                GET /api/v1/%s
                ```

                ## Sample response

                ```http_
                HTTP/1.1 200 OK
                Content-Type: application/json; charset=utf-8

                {"Answer": "%s"}
                ```
                """.formatted(uid, path, path, answer);
    }

    private static String answer(DocsModel model, String id) {
        return model.operations().stream().filter(o -> o.id().equals(id)).findFirst()
                .map(o -> o.samples().get(0).response().body()).orElse("(no operation " + id + ")");
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.toList();
        }
    }

    @Test
    void theSeedsAndTheCorpusFromTheCacheAreWhatReadingEveryPageGives() throws IOException {
        Path seeds = copyDatedBack(TestDocs.seedsFolder(), "seeds");
        DocsModel expected = fresh(seeds);
        assertEquals(expected, cached(seeds), "first run, filling the cache");
        assertEquals(1, cacheFiles().size());
        assertEquals(expected, cached(seeds), "second run, from the cache");

        Path corpus = copyDatedBack(TestDocs.corpusFolderOrSkip(), "corpus");
        DocsModel expectedCorpus = fresh(corpus);
        assertEquals(expectedCorpus, cached(corpus));
        DocsModel fromCache = cached(corpus);
        assertEquals(expectedCorpus.operations().size(), fromCache.operations().size());
        assertEquals(expectedCorpus, fromCache, "the corpus (includes, SOAP, WSDL pages) from the cache");
    }

    @Test
    void aChangedPageIsReadAgainAndTheOthersComeFromTheCache() throws IOException {
        Path docs = temp.resolve("docs");
        Path a = write(docs.resolve("a.md"), page("a", "A", "one"));
        write(docs.resolve("b.md"), page("b", "B", "one"));
        cached(docs);

        Files.writeString(a, page("a", "A", "two"), StandardCharsets.UTF_8); // same size, another time
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(60)));
        DocsModel second = cached(docs);
        assertEquals("{\"Answer\": \"two\"}", answer(second, "a"));
        assertEquals(fresh(docs), second);
    }

    @Test
    void theCacheIsUsedWhileSizeTimeAndFileAreTheSame() throws IOException {
        // the proof that pages come from the cache: a page rewritten in place with its size and time put back is
        // the one change the cache cannot see (as in make and git)
        Path docs = temp.resolve("docs");
        Path a = write(docs.resolve("a.md"), page("a", "A", "one"));
        cached(docs);
        Files.writeString(a, page("a", "A", "two"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, HOUR_AGO);
        assertEquals("{\"Answer\": \"one\"}", answer(cached(docs), "a"));
        assertEquals("{\"Answer\": \"two\"}", answer(fresh(docs), "a"));
    }

    @Test
    void anotherFileInAPagesPlaceIsReadEvenWithTheSameSizeAndTime() throws IOException {
        Path docs = temp.resolve("docs");
        Path a = write(docs.resolve("a.md"), page("a", "A", "one"));
        cached(docs);
        Path replacement = write(temp.resolve("elsewhere.md"), page("a", "A", "two"));
        Files.move(replacement, a, StandardCopyOption.REPLACE_EXISTING); // as editors and git save
        Files.setLastModifiedTime(a, HOUR_AGO);
        assertEquals("{\"Answer\": \"two\"}", answer(cached(docs), "a"));
    }

    @Test
    void aPageWrittenWithinTheLastTwoSecondsIsNeverTakenFromTheCache() throws IOException {
        Path docs = temp.resolve("docs");
        Path a = docs.resolve("a.md");
        Files.createDirectories(docs);
        Files.writeString(a, page("a", "A", "one"), StandardCharsets.UTF_8);
        FileTime justNow = Files.getLastModifiedTime(a);
        cached(docs);
        Files.writeString(a, page("a", "A", "two"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, justNow); // within the same tick of the clock as the first write
        assertEquals("{\"Answer\": \"two\"}", answer(cached(docs), "a"));
    }

    @Test
    void aPageIsReadAgainWhenAFileItIncludesChangesOrAppears() throws IOException {
        Path docs = temp.resolve("docs");
        String including = page("a", "A", "page").replace("## Sample response",
                "## Sample response\n\n[!include[sample response](../samples/a.md)]\n\n## Not used");
        write(docs.resolve("rest/a.md"), including);
        DocsModel before = cached(docs);
        assertTrue(before.warnings().stream().anyMatch(w -> w.message().contains("include target not found")),
                before.warnings().toString());

        Path sample = write(docs.resolve("samples/a.md"), """
                ```http_
                HTTP/1.1 200 OK
                Content-Type: application/json; charset=utf-8

                {"Answer": "included"}
                ```
                """);
        DocsModel appeared = cached(docs);
        assertEquals(fresh(docs), appeared);
        assertTrue(appeared.operations().get(0).samples().stream()
                .anyMatch(s -> s.response() != null && s.response().body().contains("included")),
                appeared.operations().toString());

        Files.writeString(sample, Files.readString(sample).replace("included", "changed!"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(sample, FileTime.from(Instant.now().minusSeconds(60)));
        DocsModel changed = cached(docs);
        assertEquals(fresh(docs), changed);
        assertTrue(changed.operations().get(0).samples().stream()
                .anyMatch(s -> s.response() != null && s.response().body().contains("changed!")));
    }

    @Test
    void pagesAddedAndRemovedAreSeen() throws IOException {
        Path docs = temp.resolve("docs");
        Path a = write(docs.resolve("a.md"), page("a", "A", "one"));
        cached(docs);
        Files.delete(a);
        write(docs.resolve("c.md"), page("c", "C", "one"));
        DocsModel next = cached(docs);
        assertEquals(List.of("c"), next.operations().stream().map(Operation::id).toList());
        assertEquals(1, next.pagesRead());
    }

    @Test
    void aDamagedCacheFileIsReadAsNoCache() throws IOException {
        Path docs = temp.resolve("docs");
        write(docs.resolve("a.md"), page("a", "A", "one"));
        cached(docs);
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] damaged : List.of(new byte[0], java.util.Arrays.copyOf(bytes, bytes.length / 2),
                "not a cache at all".getBytes(StandardCharsets.UTF_8), flipped(bytes))) {
            Files.write(file, damaged);
            assertEquals(fresh(docs), cached(docs));
        }
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = copy.length / 3; i < copy.length; i += 7) {
            copy[i] ^= 0x5a;
        }
        return copy;
    }

    @Test
    void otherDocsFoldersHaveTheirOwnCacheFile() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        write(one.resolve("a.md"), page("a", "A", "one"));
        write(two.resolve("a.md"), page("a", "A", "two"));
        cached(one);
        assertEquals("{\"Answer\": \"two\"}", answer(cached(two), "a"));
        assertEquals("{\"Answer\": \"one\"}", answer(cached(one), "a"));
        assertEquals(2, cacheFiles().size());
        assertFalse(cacheFiles().stream().anyMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
}

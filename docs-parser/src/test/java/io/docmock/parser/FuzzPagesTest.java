package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.SkippedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pages, mutated with a fixed seed (byte flips, truncation, deep nesting, huge lines, NUL bytes, invalid
 * UTF-8), read beside the untouched ones: the run finishes, the untouched pages load as they do alone, every page
 * is read or skipped, no reading step fails inside docmock, and each page made binary or invalid has a warning
 * naming it. The timeout is a limit on a hang.
 */
class FuzzPagesTest {
    private static final long SEED = 20261127L;
    private static final int MUTANTS = 300;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedPagesNeverStopTheRun() throws Exception {
        List<Path> originals = TestDocs.seedAndCorpusPages("the fuzz test");
        Path docs = Files.createDirectories(root.resolve("docs"));
        Path good = Files.createDirectories(docs.resolve("good"));
        for (int i = 0; i < originals.size(); i++) {
            Files.copy(originals.get(i), good.resolve(i + "-" + originals.get(i).getFileName()));
        }
        Random random = new Random(SEED);
        Set<String> mustWarn = new HashSet<>();
        for (int i = 0; i < MUTANTS; i++) {
            byte[] page = Files.readAllBytes(originals.get(random.nextInt(originals.size())));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            String name = "mutant-" + i + "-" + mutation.name().toLowerCase() + ".md";
            Files.write(docs.resolve(name), mutation.apply(page, random));
            if (mutation.alwaysWarns()) {
                mustWarn.add("docs/" + name);
            }
        }

        DocsModel alone = DocsParser.builder().build().parse(List.of(good));
        DocsModel model = DocsParser.builder().build().parse(List.of(docs));

        assertEquals(originals.size() + MUTANTS, model.pagesRead());
        assertEquals(alone.operations().size(), model.operations().stream()
                .filter(op -> op.source().file().startsWith("docs/good/")).count(), "the untouched pages all load");
        Set<String> accounted = new HashSet<>();
        model.operations().forEach(op -> accounted.add(op.source().file()));
        model.skipped().stream().map(SkippedPage::file).forEach(accounted::add);
        try (Stream<Path> files = Files.list(docs)) {
            files.filter(Files::isRegularFile).forEach(file -> assertTrue(
                    accounted.contains("docs/" + file.getFileName()), "neither read nor skipped: " + file));
        }
        for (Diagnostic warning : model.warnings()) {
            assertFalse(warning.message().contains("internal error"), warning.toString());
            assertFalse(warning.toString().contains("\n"), "one line: " + warning);
        }
        Set<String> warned = new HashSet<>();
        model.warnings().forEach(w -> warned.add(w.file()));
        for (String page : mustWarn) {
            assertTrue(warned.contains(page), "no warning for " + page);
        }
    }

    private enum Mutation {
        FLIP_BYTES, TRUNCATE, NEST_LISTS, NEST_QUOTES, HUGE_LINE, NUL_BYTES, INVALID_UTF8;

        boolean alwaysWarns() {
            return this == NUL_BYTES || this == INVALID_UTF8;
        }

        byte[] apply(byte[] page, Random random) {
            return switch (this) {
                case FLIP_BYTES -> {
                    byte[] copy = page.clone();
                    for (int i = 0; i < 1 + random.nextInt(20) && copy.length > 0; i++) {
                        copy[random.nextInt(copy.length)] = (byte) (' ' + random.nextInt(95));
                    }
                    yield copy;
                }
                case TRUNCATE -> java.util.Arrays.copyOf(page, random.nextInt(page.length + 1));
                case NEST_LISTS -> insert(page, random, "- ".repeat(1_000 + random.nextInt(9_000)) + "x\n");
                case NEST_QUOTES -> insert(page, random, ">".repeat(1_000 + random.nextInt(9_000)) + " x\n");
                case HUGE_LINE -> insert(page, random, "a".repeat(100_000 + random.nextInt(900_000)) + "\n");
                case NUL_BYTES -> insert(page, random, "\0\0\0");
                case INVALID_UTF8 -> {
                    byte[] bad = {(byte) 0xc3, (byte) 0x28, (byte) 0xff};
                    yield insertBytes(page, random, bad);
                }
            };
        }

        private static byte[] insert(byte[] page, Random random, String text) {
            return insertBytes(page, random, ("\n" + text).getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] insertBytes(byte[] page, Random random, byte[] inserted) {
            int at = random.nextInt(page.length + 1);
            byte[] out = new byte[page.length + inserted.length];
            System.arraycopy(page, 0, out, 0, at);
            System.arraycopy(inserted, 0, out, at, inserted.length);
            System.arraycopy(page, at, out, at + inserted.length, page.length - at);
            return out;
        }
    }
}

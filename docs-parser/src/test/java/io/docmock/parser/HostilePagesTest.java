package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages written to stop or steer the parser: each becomes a warning on its own page, the good page beside it
 * still loads, and nothing is read from outside the docs folders. The timeouts are limits on a hang, far above
 * what a linear read takes (the inputs are sized so a quadratic one would take hours).
 */
class HostilePagesTest {
    @TempDir
    Path root;

    private Path docs;

    private DocsModel parseWithGoodPage(String name, String content) throws Exception {
        docs = Files.createDirectories(Files.createTempDirectory(root, "case").resolve("docs"));
        Files.writeString(docs.resolve(name), content, StandardCharsets.UTF_8);
        return parseWithGoodPage();
    }

    private DocsModel parseWithGoodPage() throws Exception {
        Files.copy(TestDocs.seed("000_"), docs.resolve("good.md"));
        DocsModel model = DocsParser.builder().build().parse(List.of(docs));
        assertEquals(1, model.operations().stream().filter(op -> op.source().file().equals("docs/good.md")).count(),
                "the good page still loads: " + model.warnings());
        return model;
    }

    private static Diagnostic warningFor(DocsModel model, String name) {
        return model.warnings().stream().filter(w -> w.file().equals("docs/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for " + name + " in " + model.warnings()));
    }

    private static String endpointPage(String extra) {
        return "# GET Things\n\n```http\nGET /api/v1/Things\n```\n\n" + extra + "\n";
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void listsQuotesAndEmphasisThousandsDeepAreOnePagesWarning() throws Exception {
        // "- - - item" opens a list in a list on one line: 5,000 deep in 10 KB
        DocsModel lists = parseWithGoodPage("lists.md", endpointPage("- ".repeat(5_000) + "item"));
        assertTrue(warningFor(lists, "lists.md").message().startsWith("nested too deep"), lists.warnings().toString());

        DocsModel quotes = parseWithGoodPage("quotes.md", endpointPage(">".repeat(10_000) + " deep\n"));
        assertTrue(warningFor(quotes, "quotes.md").message().startsWith("nested too deep"),
                quotes.warnings().toString());

        DocsModel emphasis = parseWithGoodPage("emphasis.md", endpointPage("*_".repeat(50_000) + "x"
                + "_*".repeat(50_000)));
        assertTrue(emphasis.warnings().stream().noneMatch(w -> w.message().contains("internal error")),
                emphasis.warnings().toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHugeTokenIsReadInOnePass() throws Exception {
        // the endpoint of a SOAP page was found with a backtracking regex: 40 KB took 19 s, this would take hours
        String token = "a".repeat(400_000);
        String page = "# Services88 User X\n\n" + token + " and **" + token + "**\n\n```xml\n<s:Envelope xmlns:s="
                + "\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><u:X xmlns:u=\"urn:u\"/></s:Body></s:Envelope>"
                + "\n```\n";
        DocsModel model = parseWithGoodPage("token.md", page);
        Operation soap = model.operations().stream().filter(op -> op.source().file().equals("docs/token.md"))
                .findFirst().orElseThrow();
        assertEquals("/Remote/Services88/User.svc", soap.path(), "the endpoint from the H1 words");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pagesThatIncludeThemselvesAreBounded() throws Exception {
        docs = Files.createDirectories(Files.createTempDirectory(root, "case").resolve("docs"));
        String includes = "[!include[again](self.md)]\n\n".repeat(50);
        for (int i = 0; i < 60; i++) {
            Files.writeString(docs.resolve("self" + i + ".md"), endpointPage(includes.replace("self.md",
                    "self" + i + ".md")));
        }
        DocsModel model = parseWithGoodPage();
        assertTrue(model.warnings().stream().anyMatch(w -> w.message().startsWith("more than 16 include directives")),
                model.warnings().size() + " warnings");
    }

    @Test
    void includesOutsideTheDocsFoldersAreNotRead() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.md"), "```http!\nGET /secret-token-abc\n```\n");
        docs = Files.createDirectories(root.resolve("docs"));
        String page = endpointPage("## Sample request\n\n[!include[up](../secret.md)]\n\n[!include[absolute]("
                + secret.toAbsolutePath() + ")]\n");
        Files.writeString(docs.resolve("escape.md"), page);
        DocsModel model = parseWithGoodPage();
        Operation escape = model.operations().stream().filter(op -> op.source().file().equals("docs/escape.md"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), escape.samples(), "nothing of the file outside was read");
        assertEquals(2, model.warnings().stream().filter(w -> w.message().startsWith(
                "include target is outside the docs folders given")).count(), model.warnings().toString());
    }

    @Test
    void aPathOfThousandsOfSegmentsIsNoOperation() throws Exception {
        DocsModel model = parseWithGoodPage("long.md", "# GET X\n\n```http\nGET /api" + "/{a}".repeat(3_000)
                + "\n```\n");
        assertTrue(warningFor(model, "long.md").message().contains("segments"), model.warnings().toString());
        assertTrue(model.operations().stream().noneMatch(op -> op.source().file().equals("docs/long.md")));
    }

    @Test
    void aFileNameWithANewlineKeepsEachMessageOnOneLine() throws Exception {
        DocsModel model = parseWithGoodPage("two\nlines.md", "");
        Diagnostic warning = warningFor(model, "two\\nlines.md");
        assertFalse(warning.toString().contains("\n"), warning.toString());
    }

    @Test
    void anUnreadableFolderIsAWarningAndTheRestLoads() throws Exception {
        docs = Files.createDirectories(root.resolve("docs"));
        Path locked = Files.createDirectories(docs.resolve("locked"));
        Files.copy(TestDocs.seed("001_"), locked.resolve("page.md"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(locked)) {
                System.out.println("SKIPPED: an unreadable folder cannot be made here (running as root)");
            }
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
            DocsModel model = parseWithGoodPage();
            assertTrue(model.warnings().stream().anyMatch(w -> w.file().equals("docs/locked")
                    && w.message().startsWith("cannot read this folder")), model.warnings().toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}

package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken pages give warnings naming file and line; the good pages beside them still load. */
class BrokenPagesTest {
    @TempDir
    Path docs;

    private DocsModel parseWithGoodPage(String name, byte[] content) throws Exception {
        Files.write(docs.resolve(name), content);
        Files.copy(TestDocs.seed("000_"), docs.resolve("good.md"));
        DocsModel model = DocsParser.builder().build().parse(List.of(docs));
        assertEquals(1, model.operations().stream().filter(op -> op.source().file().endsWith("good.md")).count(),
                "the good page still loads");
        return model;
    }

    private static Diagnostic warningFor(DocsModel model, String name) {
        return model.warnings().stream().filter(w -> w.file().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for " + name + " in " + model.warnings()));
    }

    @Test
    void emptyFile() throws Exception {
        DocsModel model = parseWithGoodPage("empty.md", new byte[0]);
        assertEquals("page is empty", warningFor(model, "empty.md").message());
        assertTrue(model.skipped().stream().anyMatch(s -> s.file().endsWith("empty.md")));
    }

    @Test
    void binaryBytes() throws Exception {
        byte[] bytes = {'#', ' ', 'x', '\n', 0, 1, 2, (byte) 0xff, '\n'};
        DocsModel model = parseWithGoodPage("binary.md", bytes);
        Diagnostic warning = warningFor(model, "binary.md");
        assertTrue(warning.message().contains("binary"), warning.toString());
        assertEquals(2, warning.line());
    }

    @Test
    void aPageOf50MegabytesIsSkipped() throws Exception {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        DocsModel model = parseWithGoodPage("huge.md", huge);
        assertTrue(warningFor(model, "huge.md").message().contains("over the limit"), model.warnings().toString());
        assertTrue(model.skipped().stream().anyMatch(s -> s.file().endsWith("huge.md")));
    }

    @Test
    void invalidUtf8() throws Exception {
        DocsModel model = parseWithGoodPage("latin1.md", "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(warningFor(model, "latin1.md").message().contains("not UTF-8"));
    }

    @Test
    void invalidJsonSampleNamesTheLine() throws Exception {
        String page = """
                # POST Agents/X/Y

                ```http
                POST /api/v1/Agents/X/Y
                ```

                ## Sample response

                ```http_
                HTTP/1.1 200 OK
                Content-Type: application/json; charset=utf-8

                {
                  "Success": tru
                }
                ```
                """;
        DocsModel model = parseWithGoodPage("badjson.md", page.getBytes(StandardCharsets.UTF_8));
        Diagnostic warning = warningFor(model, "badjson.md");
        assertTrue(warning.message().startsWith("sample body is not valid JSON"), warning.toString());
        assertEquals(13, warning.line());
        assertEquals(1, model.operations().stream().filter(op -> op.id().equals("badjson")).count(),
                "the operation is still read");
    }

    @Test
    void unclosedFenceAndBrokenTable() throws Exception {
        String page = """
                ---
                uid: broken
                ---
                # GET Things/{id}

                ```http
                GET /api/v1/Things/{id}
                ```

                | Path Part | Type
                |---|---|---|
                | id | int32 | x | y |

                ## Response:

                | Response | Description |
                |---|---|
                | abc | not a status |
                | 200 | OK |

                ```http_
                HTTP/1.1 200 OK

                {"a": 1}
                """;
        DocsModel model = parseWithGoodPage("broken.md", page.getBytes(StandardCharsets.UTF_8));
        var op = model.operations().stream().filter(o -> o.id().equals("broken")).findFirst().orElseThrow();
        assertEquals(List.of(200), op.responses().stream().map(r -> r.status()).toList());
        Diagnostic warning = warningFor(model, "broken.md");
        assertEquals(18, warning.line());
        assertTrue(warning.message().contains("no status code"), warning.toString());
        assertEquals(200, op.samples().get(0).response().status(), "an unclosed fence runs to the end of the page");
    }

    @Test
    void badFrontMatterAndBadSampleLines() throws Exception {
        String page = """
                ---
                uid: [unclosed
                ---
                # POST X

                ```http
                POST /api/v1/X
                ```

                ```http!
                FETCH /api/v1/X
                ```

                ```http_
                HTTP/1.1 OK
                ```
                """;
        DocsModel model = parseWithGoodPage("frontmatter.md", page.getBytes(StandardCharsets.UTF_8));
        List<String> messages = model.warnings().stream().filter(w -> w.file().endsWith("frontmatter.md"))
                .map(Diagnostic::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains(":2: front matter is not valid YAML")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains(":11: sample request does not start")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains(":15: sample response does not start")), messages.toString());
        assertEquals(1, model.operations().stream().filter(o -> o.id().equals("frontmatter")).count());
    }

    @Test
    void soapPageWithBrokenXmlAndADoctypeIsNotReadFromDisk() throws Exception {
        Path secret = docs.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String page = """
                # Services88 User Evil

                SOAP request and response examples **Remote/Services88/User.svc**

                ## Evil Request

                ```xml
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "%s">]>
                <x>&e;</x>
                ```

                ## Other

                ```xml
                <a><b></a>
                ```
                """.formatted(secret.toUri());
        DocsModel model = parseWithGoodPage("evil.md", page.getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> warnings = model.warnings().stream().filter(w -> w.file().endsWith("evil.md")).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("DOCTYPE") && w.line() == 9), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 16), warnings.toString());
        assertTrue(model.toString().indexOf("TOP-SECRET") < 0);
    }

    @Test
    void tablesWithUnusualHeadersAreTakenByTheirSectionAndFullUrlsByTheirPath() throws Exception {
        String page = """
                # GET Things

                ```http
                GET https://{tenant}.example.com/api/v1/Things?$top=5
                ```

                ## Query String Parameters

                | Name | Type | Description |
                |------|------|-------------|
                | $top | int32 | How many |

                ## Responses

                | Status | Description |
                |--------|-------------|
                | 200 | OK |
                | 404 | Not here |

                ```http!
                GET https://demo.example.com/api/v1/Things?$top=5 HTTP/1.1
                ```
                """;
        DocsModel model = parseWithGoodPage("unusual.md", page.getBytes(StandardCharsets.UTF_8));
        var op = model.operations().stream().filter(o -> o.id().equals("unusual")).findFirst().orElseThrow();
        assertEquals("/api/v1/Things", op.path());
        assertEquals("$top", op.queryParameters().get(0).name());
        assertEquals("int32", op.queryParameters().get(0).type());
        assertEquals(List.of(200, 404), op.responses().stream().map(r -> r.status()).toList());
        assertEquals("/api/v1/Things?$top=5", op.samples().get(0).request().target());
    }

    @Test
    void aPathThatDoesNotExistIsAnError() {
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> DocsParser.builder().build().parse(List.of(docs.resolve("missing"))));
    }
}

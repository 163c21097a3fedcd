package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.check.DocsLint;
import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint finds where the docs contradict themselves, each with file and line. */
class DocsLintTest {
    /** A page that contradicts itself in every way lint knows. */
    private static final RestPage PAGE = RestPage.of("POST", "/api/v1/Things/{id}")
            .requestProperty("Name", "String").requestProperty("Count", "Integer")
            .status(200, "OK")
            .responseProperty("Id", "int32")
            .sampleRequest("""
                    PUT /api/v1/Thing/{id}
                    Content-Type: application/json

                    {"Name": "a", "Count": "many", "Colour": "red"}
                    """)
            .sampleResponse("HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"Id\": 1}")
            .sampleResponse("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"Id\": \"one\", \"Extra\": true}")
            .sampleResponse("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"Id\": ");

    private static List<String> lint(String page) {
        DocsModel model = DocsParser.builder().build().parsePage("things.md", page);
        return DocsLint.lint(model).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void everyKindOfContradictionIsFoundWithItsLine() {
        String page = PAGE.markdown();
        List<String> findings = lint(page);
        // each finding names the line of its sample's fence, or for a body that does not parse, the body's line
        int request = lineOf(page, "PUT /api/v1/Thing/{id}") - 1;
        int created = lineOf(page, "HTTP/1.1 201 Created") - 1;
        int wrongTypes = lineOf(page, "{\"Id\": \"one\"") - 4;
        int broken = lineOf(page, "{\"Id\":\n");
        List<String> expected = List.of(
                "things.md:" + request + ": sample request method PUT is not the documented POST",
                "things.md:" + request + ": sample request path /api/v1/Thing/{id} does not fit the documented path /api/v1/Things/{id}",
                "things.md:" + request + ": sample request body does not fit the docs: body.Count: expected Integer, got string \"many\"",
                "things.md:" + request + ": sample request body does not fit the docs: body.Colour: expected one of the documented properties (Name, Count), got an undocumented property",
                "things.md:" + created + ": sample response status 201 is not in the status table [200]",
                "things.md:" + wrongTypes + ": sample response body does not fit the docs: body.Id: expected int32, got string \"one\"",
                "things.md:" + wrongTypes + ": sample response body does not fit the docs: body.Extra: expected one of the documented properties (Id), got an undocumented property");
        for (String finding : expected) {
            assertTrue(findings.contains(finding), finding + "\nnot in\n" + String.join("\n", findings));
        }
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("things.md:" + broken + ": sample body is not valid JSON")),
                String.join("\n", findings));
        assertEquals(expected.size() + 1, findings.size(), String.join("\n", findings));
    }

    /** The 1-based line where the text first shows this. */
    private static int lineOf(String text, String what) {
        int at = text.indexOf(what);
        assertTrue(at >= 0, what + " not in the page");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theSeedsAgreeWithThemselves() throws Exception {
        assertEquals(List.of(), DocsLint.lint(DocsParser.builder().build().parse(List.of(TestDocs.seedsFolder()))));
    }

    @Test
    void theRealPagesContradictThemselvesNowhereAndEveryFindingPointsIntoItsPage() throws Exception {
        DocsModel model = DocsParser.builder().build().parse(List.of(TestDocs.corpusFolderOrSkip()));
        List<Diagnostic> findings = DocsLint.lint(model);
        // the reference's pages agree with their own tables: what lint adds to the parser's warnings (missing
        // include targets) would be a false alarm on every real page like them
        assertEquals(List.of(), findings.stream().filter(f -> !model.warnings().contains(f)).map(Diagnostic::toString)
                .toList());
        for (Diagnostic finding : findings) {
            long lines = Files.readAllLines(TestDocs.corpusFile(finding.file())).size();
            assertTrue(finding.line() >= 1 && finding.line() <= lines, finding + ": the page has " + lines + " lines");
        }
    }

    @Test
    void soapSamplesThatAreNotXmlAreFound() {
        String page = """
                # Services88 User X

                SOAP request and response examples **Remote/Services88/User.svc**

                ## X Request

                ```xml
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><u:X xmlns:u="urn:u"/></s:Body></s:Envelope>
                ```

                ## X Response

                ```xml
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><u:XResponse xmlns:u="urn:u"></s:Body></s:Envelope>
                ```
                """;
        List<String> findings = lint(page);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("things.md:14: xml block is not well-formed XML")),
                String.join("\n", findings));
    }
}

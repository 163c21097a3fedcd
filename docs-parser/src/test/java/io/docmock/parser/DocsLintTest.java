package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.check.DocsLint;
import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint finds where the docs contradict themselves, each with file and line. */
class DocsLintTest {
    private static final String PAGE = """
            # POST Things/{id}

            ```http
            POST /api/v1/Things/{id}
            ```

            ## Request Body: request

            | Property Name | Type |  Description |
            |----------------|------|--------------|
            | Name | String |  |
            | Count | Integer |  |

            ## Response:

            | Response | Description |
            |----------------|-------------|
            | 200 | OK |

            ### Response body: Thing

            | Property Name | Type |  Description |
            |----------------|------|--------------|
            | Id | int32 | |

            ## Sample request

            ```http!
            PUT /api/v1/Thing/{id}
            Content-Type: application/json

            {"Name": "a", "Count": "many", "Colour": "red"}
            ```

            ## Sample response

            ```http_
            HTTP/1.1 201 Created
            Content-Type: application/json

            {"Id": 1}
            ```

            ```http_
            HTTP/1.1 200 OK
            Content-Type: application/json

            {"Id": "one", "Extra": true}
            ```

            ```http_
            HTTP/1.1 200 OK
            Content-Type: application/json

            {"Id": 
            ```
            """;

    private static List<String> lint(String page) {
        DocsModel model = DocsParser.builder().build().parsePage("things.md", page);
        return DocsLint.lint(model).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void everyKindOfContradictionIsFoundWithItsLine() {
        List<String> findings = lint(PAGE);
        List<String> expected = List.of(
                "things.md:28: sample request method PUT is not the documented POST",
                "things.md:28: sample request path /api/v1/Thing/{id} does not fit the documented path /api/v1/Things/{id}",
                "things.md:28: sample request body does not fit the docs: body.Count: expected Integer, got string \"many\"",
                "things.md:28: sample request body does not fit the docs: body.Colour: expected one of the documented properties (Name, Count), got an undocumented property",
                "things.md:37: sample response status 201 is not in the status table [200]",
                "things.md:44: sample response body does not fit the docs: body.Id: expected int32, got string \"one\"",
                "things.md:44: sample response body does not fit the docs: body.Extra: expected one of the documented properties (Id), got an undocumented property");
        for (String finding : expected) {
            assertTrue(findings.contains(finding), finding + "\nnot in\n" + String.join("\n", findings));
        }
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("things.md:55: sample body is not valid JSON")),
                String.join("\n", findings));
        assertEquals(expected.size() + 1, findings.size(), String.join("\n", findings));
    }

    @Test
    void theSeedsAgreeWithThemselves() throws Exception {
        assertEquals(List.of(), DocsLint.lint(DocsParser.builder().build().parse(List.of(TestDocs.seedsFolder()))));
    }

    @Test
    void theCorpusIsLintedWithoutACrash() throws Exception {
        DocsModel model = DocsParser.builder().build().parse(List.of(TestDocs.corpusFolderOrSkip()));
        List<Diagnostic> findings = DocsLint.lint(model);
        assertTrue(findings.size() >= model.warnings().size());
        for (Diagnostic finding : findings) {
            assertTrue(finding.line() >= 1, finding.toString());
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

package io.docmock.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A docs tree of N operations in the real page formats: REST agent pages (no path parameter), REST entity pages
 * ({@code {id}} int32), and SOAP pages with {@value #SOAP_PER_ENDPOINT} operations behind each {@code .svc}, as real
 * agents have. Three in five operations are REST; N = 1 writes one REST and one SOAP page.
 */
final class SyntheticDocs {
    static final int SOAP_PER_ENDPOINT = 50;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String SOAP_12 = "application/soap+xml; charset=utf-8";

    /**
     * The generated tree, the two requests the benchmark sends (the last REST and the last SOAP operation), and
     * what each page documents, for servers that are not given the pages.
     */
    record Docs(Path folder, int operations, String restPath, String soapPath, String soapBody,
                List<Documented> documented) {
    }

    /**
     * One page's operation as another mock's user would write it down: a REST operation by method and path
     * template ({@code {id}} an integer), a SOAP one by endpoint and the name of the Body's first element; the
     * documented answer.
     */
    record Documented(String method, String pathTemplate, String soapOperation, String contentType, String answer) {
    }

    private SyntheticDocs() {
    }

    static Docs write(Path folder, int n) throws IOException {
        int rest = Math.max(1, n * 3 / 5);
        int soap = Math.max(1, n - rest);
        Files.createDirectories(folder.resolve("rest"));
        Files.createDirectories(folder.resolve("soap"));
        List<Documented> documented = new ArrayList<>();
        String restPath = null;
        for (int i = 0; i < rest; i++) {
            boolean entity = i % 2 == 1 || rest == 1;
            String template = entity ? "/api/v1/Bench" + i + "/{id}/Detail" : "/api/v1/Agents/Bench/Operation" + i;
            String method = entity ? "GET" : "POST";
            Files.writeString(folder.resolve("rest").resolve(String.format("v1Bench_%06d.md", i)),
                    restPage(i, method, template, entity), StandardCharsets.UTF_8);
            documented.add(new Documented(method, template, null, JSON, restAnswer(i)));
            restPath = template.replace("{id}", "17");
        }
        String soapPath = null;
        String soapBody = null;
        for (int i = 0; i < soap; i++) {
            String agent = "Bench" + (i / SOAP_PER_ENDPOINT);
            String operation = "Operation" + i;
            Path dir = Files.createDirectories(folder.resolve("soap").resolve(agent));
            Files.writeString(dir.resolve(operation + ".md"), soapPage(agent, operation), StandardCharsets.UTF_8);
            soapPath = "/Remote/Services88/" + agent + ".svc";
            soapBody = soapRequest(agent, operation);
            documented.add(new Documented("POST", soapPath, operation, SOAP_12, soapAnswer(agent, operation)));
        }
        return new Docs(folder, rest + soap, restPath, soapPath, soapBody, List.copyOf(documented));
    }

    private static String restAnswer(int i) {
        return """
                {
                  "Id": %d,
                  "Name": "Rogahn LLC",
                  "Deleted": false,
                  "Updated": "2023-06-15T12:31:08.7654321+02:00",
                  "Tags": [
                    "alpha",
                    "beta"
                  ]
                }""".formatted(i);
    }

    private static String soapAnswer(String agent, String operation) {
        return envelopeStart(agent) + """
                 <SOAP-ENV:Body>
                  <%1$s:%2$sResponse>
                   <%1$s:Response xsi:type="xsd:boolean">true</%1$s:Response>
                  </%1$s:%2$sResponse>
                 </SOAP-ENV:Body>
                </SOAP-ENV:Envelope>""".formatted(agent, operation);
    }

    private static String restPage(int i, String method, String template, boolean entity) {
        String shortPath = template.replace("/api/v1/", "");
        String pathTable = entity ? """
                | Path Part | Type | Description |
                |-----------|------|-------------|
                | id | int32 | The id **Required** |
                """ : "";
        String requestBody = entity ? "" : """
                ## Request Body: request

                AssociateId, Name

                | Property Name | Type |  Description |
                |----------------|------|--------------|
                | AssociateId | Integer |  |
                | Name | String |  |
                """;
        String sampleBody = entity ? "" : "Content-Type: application/json; charset=utf-8\n\n{\n  \"AssociateId\": 359,\n  \"Name\": \"x\"\n}\n";
        return """
                ---
                title: %1$s %2$s
                uid: v1Bench_%3$d
                generated: true
                ---

                # %1$s %2$s

                ```http
                %1$s %4$s
                ```

                Synthetic operation %3$d.

                %5$s
                ## Request Headers

                | Parameter Name | Description |
                |----------------|-------------|
                | Authorization  | Supports 'Basic', 'SoTicket' and 'Bearer' schemes. |
                | Accept         | Content-type(s) you would like the response in: `application/json` |

                %6$s
                ## Response:

                OK

                | Response | Description |
                |----------------|-------------|
                | 200 | OK |
                | 404 | Not Found |

                ### Response body: BenchEntity

                | Property Name | Type |  Description |
                |----------------|------|--------------|
                | Id | int32 | Primary key |
                | Name | string | Name |
                | Deleted | bool | Retired |
                | Updated | date-time | Last change |
                | Tags | array | Tags |

                ## Sample request

                ```http!
                %1$s %4$s
                Authorization: Basic dGplMDpUamUw
                Accept: application/json; charset=utf-8
                %7$s```

                ## Sample response

                ```http_
                HTTP/1.1 200 OK
                Content-Type: %8$s

                %9$s
                ```
                """.formatted(method, shortPath, i, template, pathTable, requestBody, sampleBody, JSON, restAnswer(i));
    }

    /** The XML declaration and the Envelope's start tag with the namespaces every synthetic envelope declares. */
    private static String envelopeStart(String agent) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <SOAP-ENV:Envelope
                 xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                 xmlns:%1$s="http://www.superoffice.net/ws/crm/NetServer/Services88">
                """.formatted(agent);
    }

    private static String soapRequest(String agent, String operation) {
        return envelopeStart(agent) + """
                  <%1$s:ApplicationToken>1234567-1234-9876</%1$s:ApplicationToken>
                  <%1$s:Credentials>
                    <%1$s:Ticket>7T:1234abcxyzExample==</%1$s:Ticket>
                  </%1$s:Credentials>
                 <SOAP-ENV:Body>
                   <%1$s:%2$s>
                    <%1$s:AssociateId xsi:type="xsd:int">0</%1$s:AssociateId>
                    <%1$s:Name xsi:type="xsd:string"></%1$s:Name>
                   </%1$s:%2$s>
                 </SOAP-ENV:Body>
                </SOAP-ENV:Envelope>
                """.formatted(agent, operation);
    }

    private static String soapPage(String agent, String operation) {
        return """
                ---
                uid: Services88-%1$s-%2$s
                title: Services88.%1$sAgent.%2$s SOAP
                generated: true
                ---

                # Services88 %1$s %2$s

                SOAP request and response examples **Remote/Services88/%1$s.svc**

                ## %2$s

                Synthetic operation.

                * **associateId:** The associate.
                * **name:** A name.

                **Returns:** True if it worked.

                ## %2$s Request

                ```xml
                %3$s
                ```

                ## %2$s Response

                ```xml
                %4$s
                ```
                """.formatted(agent, operation, soapRequest(agent, operation).strip(), soapAnswer(agent, operation));
    }
}

package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.DocsParser;
import io.docmock.xml.SafeXml;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Samples no WSDL was ever inferred from: thousands of levels deep, {@code xsi:type}s that name nothing or are no
 * names, a type that contains itself, a namespace with markup characters, an unqualified Body element. Each
 * endpoint still answers {@code ?wsdl} with well-formed XML, and its documented answer.
 */
class InferredWsdlHostileTest {
    private static final String ENVELOPE = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:u=\"%s\"><s:Body>%s</s:Body></s:Envelope>";

    private static String page(String agent, String operation, String namespace, String request, String response) {
        return "# Services88 " + agent + " " + operation + " SOAP\n\n"
                + "SOAP request and response examples **Remote/Services88/" + agent + ".svc**\n\n"
                + "## " + operation + " Request\n\n```xml\n" + ENVELOPE.formatted(namespace, request) + "\n```\n\n"
                + "## " + operation + " Response\n\n```xml\n" + ENVELOPE.formatted(namespace, response) + "\n```\n";
    }

    @Test
    void hostileSamplesStillGiveAWellFormedWsdlAndTheDocumentedAnswer(@TempDir Path docs) throws Exception {
        String deep = "<u:D>".repeat(3000) + "x" + "</u:D>".repeat(3000);
        Files.writeString(docs.resolve("deep.md"), page("Deep", "Go", "urn:deep",
                "<u:Go>" + deep + "</u:Go>", "<u:GoResponse><u:R>deep</u:R></u:GoResponse>"));
        Files.writeString(docs.resolve("types.md"), page("Types", "Go", "urn:types",
                "<u:Go><u:A xsi:type=\"a b\">1</u:A><u:B xsi:type=\"zz:Unbound\">2</u:B>"
                        + "<u:C xsi:type=\"xsd:in&quot;t\">3</u:C><u:E xsi:type=\":\">4</u:E></u:Go>",
                "<u:GoResponse><u:R xsi:type=\"u:T\"><u:Next xsi:type=\"u:T\"><u:Next xsi:nil=\"true\"/></u:Next>"
                        + "</u:R></u:GoResponse>"));
        Files.writeString(docs.resolve("markup.md"), page("Markup", "Go", "urn:a&amp;b&lt;c&quot;d",
                "<u:Go><u:A>1</u:A></u:Go>", "<u:GoResponse><u:R>markup</u:R></u:GoResponse>"));
        Files.writeString(docs.resolve("bare.md"), page("Bare", "Go", "urn:bare",
                "<Go><A>1</A></Go>", "<GoResponse><R>bare</R></GoResponse>"));
        DocsModel model = DocsParser.builder().build().parse(List.of(docs));
        assertEquals(4, model.operations().size(), "every page is an operation: " + model.skipped());
        try (DocMockServer server = DocMockServer.builder().port(0).build(model.operations())
                .start(model.operations(), model.wsdls())) {
            for (String agent : List.of("Deep", "Types", "Markup", "Bare")) {
                String endpoint = "/Remote/Services88/" + agent + ".svc";
                HttpResponse<String> wsdl = Http.send(server.baseUrl(), "GET", endpoint + "?wsdl", null);
                assertEquals(200, wsdl.statusCode(), agent);
                Document parsed = SafeXml.parse(wsdl.body());
                assertEquals("definitions", parsed.getDocumentElement().getLocalName(), agent);
                HttpResponse<String> answer = Http.send(server.baseUrl(), "POST", endpoint,
                        model.operations().stream().filter(op -> op.path().equals(endpoint)).findFirst()
                                .orElseThrow().samples().get(0).request().body(),
                        "Content-Type", "application/soap+xml; charset=utf-8");
                assertEquals(200, answer.statusCode(), agent + ": " + answer.body());
                assertTrue(answer.body().contains(agent.toLowerCase()) || agent.equals("Types"), answer.body());
            }
        }
    }
}

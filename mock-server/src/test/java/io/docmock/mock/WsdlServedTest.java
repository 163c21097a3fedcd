package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import io.docmock.xml.SafeXml;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A SOAP endpoint whose WSDL page is in the docs serves it at {@code ?wsdl}, its addresses pointing at the mock. */
class WsdlServedTest {
    private static final String ENDPOINT = "/Remote/Services88/TimeZone.svc";

    @Test
    void theAgentsWsdlPageIsServedWithTheMocksAddress() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        assertTrue(corpus.wsdls().stream().anyMatch(wsdl -> wsdl.describes(ENDPOINT)), "the corpus holds the WSDL");
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            for (String query : List.of("?wsdl", "?WSDL", "?singleWsdl")) {
                HttpResponse<String> answer = Http.send(server.baseUrl(), "GET", ENDPOINT + query, null);
                assertEquals(200, answer.statusCode(), query);
                assertEquals("text/xml; charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
                Document wsdl = SafeXml.parse(answer.body());
                assertEquals("definitions", wsdl.getDocumentElement().getLocalName());
                NodeList addresses = wsdl.getElementsByTagNameNS("*", "address");
                assertTrue(addresses.getLength() > 0, "the WSDL names its address");
                for (int i = 0; i < addresses.getLength(); i++) {
                    assertEquals(server.baseUrl() + ENDPOINT, ((Element) addresses.item(i)).getAttribute("location"));
                }
            }
            assertFalse(Http.send(server.baseUrl(), "GET", "/Remote/Services88/Nothing.svc?wsdl", null).statusCode()
                    == 200);
        }
    }

    @Test
    void generateWritesTheWsdlOfEachEndpointThatHasOne(@TempDir Path out) throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        List<Path> files = WsdlFiles.write(out, corpus.operations(), corpus.wsdls());
        assertEquals(List.of(out.resolve("wsdl/Services88/TimeZone.wsdl")), files);
        String documented = corpus.wsdls().stream().filter(wsdl -> wsdl.describes(ENDPOINT)).findFirst()
                .orElseThrow().xml();
        assertEquals(documented + "\n", Files.readString(files.get(0)));
    }
}

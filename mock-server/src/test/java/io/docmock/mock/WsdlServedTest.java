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
    void generateWritesTheDocsWsdlOfAnEndpointThatHasOne(@TempDir Path out) throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        List<Path> files = WsdlFiles.write(out, corpus.operations(), corpus.wsdls());
        String documented = corpus.wsdls().stream().filter(wsdl -> wsdl.describes(ENDPOINT)).findFirst()
                .orElseThrow().xml();
        assertTrue(files.contains(out.resolve("wsdl/Services88/TimeZone.wsdl")), files.toString());
        assertEquals(documented + "\n", Files.readString(out.resolve("wsdl/Services88/TimeZone.wsdl")));
        long endpoints = corpus.operations().stream().filter(operation -> operation.soap() != null)
                .map(operation -> operation.soap().endpointPath()).distinct().count();
        assertEquals(endpoints, files.size(), "one WSDL per SOAP endpoint, inferred where the docs hold none");
    }

    /**
     * The seeds hold no WSDL page for their SOAP endpoints: the WSDL inferred from the samples, as written here by
     * hand from the seed page (document/literal wrapped, header blocks as header parts, both bindings, the
     * reference's soapAction), byte for byte, the same on every run.
     */
    @Test
    void anEndpointWithoutAWsdlPageGetsOneInferredFromItsSamples(@TempDir Path out) throws Exception {
        DocsModel seeds = TestDocs.seeds();
        WsdlFiles.write(out.resolve("first"), seeds.operations(), seeds.wsdls());
        WsdlFiles.write(out.resolve("second"), seeds.operations(), seeds.wsdls());
        String expected = new String(WsdlServedTest.class.getResourceAsStream("/wsdl/Services88-User.wsdl")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(expected, Files.readString(out.resolve("first/wsdl/Services88/User.wsdl")));
        assertEquals(Files.readString(out.resolve("first/wsdl/Services86/User.wsdl")),
                Files.readString(out.resolve("second/wsdl/Services86/User.wsdl")));
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations())
                .start(seeds.operations(), seeds.wsdls())) {
            HttpResponse<String> answer = Http.send(server.baseUrl(), "GET", "/Remote/Services88/User.svc?wsdl",
                    null);
            assertEquals(200, answer.statusCode());
            assertEquals(expected.replace("http://127.0.0.1:8080/", server.baseUrl() + "/"), answer.body());
        }
    }
}

package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A SOAP client nobody here wrote, node-soap (npm's {@code soap}, which .ci/run installs into .ci/node), given
 * nothing but the mock's {@code ?wsdl}: the corpus's TimeZone agent (its WSDL page) and the seeds' User agent
 * (an inferred WSDL, over both ports).
 */
class NodeSoapClientTest {
    private static Map<String, String> nodePath() {
        Path modules = TestDocs.seedsFolder().toAbsolutePath().normalize().getParent()
                .resolve(".ci/node/node_modules");
        return Map.of("NODE_PATH", modules.toString());
    }

    private static void assumeNodeSoap() {
        boolean installed = Files.isDirectory(Path.of(nodePath().get("NODE_PATH"), "soap"))
                && SoapClientRun.runs(nodePath(), "node", "-e", "require('soap')");
        if (!installed) {
            System.out.println("SKIPPED: the node-soap tests need node and `npm ci --prefix .ci/node` (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "node-soap not installed");
    }

    private static Map<String, SoapClientRun.Outcome> nodeSoap(List<SoapClientRun.Call> calls) throws Exception {
        return SoapClientRun.run("node", "node_soap_calls.js", nodePath(), calls);
    }

    @Test
    void callsAnOperationOfTheDocsWsdlPage() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        assumeNodeSoap();
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            SoapClientRun.Outcome outcome = nodeSoap(List.of(new SoapClientRun.Call("TimeZone",
                    server.baseUrl() + "/Remote/Services88/TimeZone.svc?wsdl", "WcfTimeZoneService",
                    "BasicHttpBinding_TimeZone", "TimeOfLastTimeZoneUpdate"))).get("TimeZone");
            assertTrue(outcome.ok(), outcome.text());
            // documented: <TimeZone:Response xsi:type="xsd:dateTime">2025-04-01T12:28:00Z</TimeZone:Response>
            assertTrue(outcome.text().contains("\"$value\":\"2025-04-01T12:28:00.000Z\""), outcome.text());
        }
    }

    @Test
    void callsTheSeedsOperationOverBothPortsOfItsInferredWsdl() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        assumeNodeSoap();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations())
                .start(seeds.operations(), seeds.wsdls())) {
            String wsdl = server.baseUrl() + "/Remote/Services88/User.svc?wsdl";
            Map<String, SoapClientRun.Outcome> outcomes = nodeSoap(List.of(
                    new SoapClientRun.Call("1.1", wsdl, "UserService", "BasicHttpBinding_User", "ChangePassword"),
                    new SoapClientRun.Call("1.2", wsdl, "UserService", "Soap12Binding_User", "ChangePassword")));
            // documented: <User:Response xsi:type="xsd:boolean">false</User:Response>
            for (String version : List.of("1.1", "1.2")) {
                assertTrue(outcomes.get(version).ok(), outcomes.get(version).text());
                assertTrue(outcomes.get(version).text().contains("\"$value\":false"), outcomes.get(version).text());
            }
            assertEquals(2, outcomes.size());
        }
    }
}

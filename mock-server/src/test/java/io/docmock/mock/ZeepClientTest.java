package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A SOAP client nobody here wrote, zeep (Debian's python3-zeep, which .ci/run installs), given nothing but the
 * mock's {@code ?wsdl}: it builds its client from the WSDL (the agent's WSDL page, or the one inferred from the
 * samples), calls documented operations over each port, and reads the documented values.
 */
class ZeepClientTest {
    private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3"
            : "python3";

    private static void assumeZeep() {
        boolean installed = SoapClientRun.runs(Map.of(), PYTHON, "-c", "import zeep");
        if (!installed) {
            System.out.println("SKIPPED: the zeep tests need python3-zeep (apt-get install python3-zeep; .ci/run does)");
        }
        Assumptions.assumeTrue(installed, "python3-zeep not installed");
    }

    private static Map<String, SoapClientRun.Outcome> zeep(List<SoapClientRun.Call> calls) throws Exception {
        return SoapClientRun.run(PYTHON, "zeep_calls.py", Map.of(), calls);
    }

    @Test
    void callsAnOperationOfTheDocsWsdlPage() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        assumeZeep();
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            SoapClientRun.Outcome outcome = zeep(List.of(new SoapClientRun.Call("TimeZone",
                    server.baseUrl() + "/Remote/Services88/TimeZone.svc?wsdl", "WcfTimeZoneService",
                    "BasicHttpBinding_TimeZone", "TimeOfLastTimeZoneUpdate"))).get("TimeZone");
            assertTrue(outcome.ok(), outcome.text());
            // documented: <TimeZone:Response xsi:type="xsd:dateTime">2025-04-01T12:28:00Z</TimeZone:Response>
            assertTrue(outcome.text().contains("\"Response\": \"2025-04-01 12:28:00+00:00\""), outcome.text());
        }
    }

    @Test
    void callsTheSeedsOperationOverBothPortsOfItsInferredWsdl() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        assumeZeep();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations())
                .start(seeds.operations(), seeds.wsdls())) {
            String wsdl = server.baseUrl() + "/Remote/Services88/User.svc?wsdl";
            Map<String, SoapClientRun.Outcome> outcomes = zeep(List.of(
                    new SoapClientRun.Call("1.1", wsdl, "UserService", "BasicHttpBinding_User", "ChangePassword"),
                    new SoapClientRun.Call("1.2", wsdl, "UserService", "Soap12Binding_User", "ChangePassword")));
            // documented: <User:Response xsi:type="xsd:boolean">false</User:Response>
            assertEquals(new SoapClientRun.Outcome(true, "false"), outcomes.get("1.1"));
            assertEquals(new SoapClientRun.Outcome(true, "false"), outcomes.get("1.2"));
        }
    }

    /** Every operation of every corpus endpoint without a WSDL page, over both ports: one zeep run, one case each. */
    @TestFactory
    Stream<DynamicTest> callsEveryOperationOfEveryInferredWsdl() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        assumeZeep();
        Map<String, SoapClientRun.Outcome> outcomes;
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            List<SoapClientRun.Call> calls = SoapClientRun.everyInferredOperation(corpus, server.baseUrl());
            outcomes = zeep(calls);
            assertEquals(calls.size(), outcomes.size(), "zeep answered every call");
        }
        return outcomes.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                () -> assertTrue(entry.getValue().ok(), entry.getValue().text())));
    }
}

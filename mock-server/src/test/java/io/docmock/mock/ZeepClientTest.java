package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A SOAP client nobody here wrote, zeep (Debian's python3-zeep, which .ci/run installs), given nothing but the
 * mock's {@code ?wsdl}: it builds its client from the agent's WSDL page, calls a documented operation over the
 * WSDL's SOAP 1.1 binding, and reads the documented value.
 */
class ZeepClientTest {
    private static final String ENDPOINT = "/Remote/Services88/TimeZone.svc";

    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static boolean zeepInstalled() throws Exception {
        try {
            Process check = new ProcessBuilder(python(), "-c", "import zeep").redirectErrorStream(true).start();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void zeepCallsADocumentedOperationFromTheServedWsdl() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        if (!zeepInstalled()) {
            System.out.println("SKIPPED: the zeep test needs python3-zeep (apt-get install python3-zeep; .ci/run does)");
        }
        Assumptions.assumeTrue(zeepInstalled(), "python3-zeep not installed");
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            String script = "import zeep\n"
                    + "client = zeep.Client('" + server.baseUrl() + ENDPOINT + "?wsdl')\n"
                    + "print(client.service.TimeOfLastTimeZoneUpdate()['body']['Response'].isoformat())\n";
            Process zeep = new ProcessBuilder(python(), "-c", script).redirectErrorStream(true).start();
            assertTrue(zeep.waitFor(120, TimeUnit.SECONDS), "zeep finished");
            String output = new String(zeep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, zeep.exitValue(), output);
            // the documented answer: <TimeZone:Response xsi:type="xsd:dateTime">2025-04-01T12:28:00Z</TimeZone:Response>
            assertEquals("2025-04-01T12:28:00+00:00", output.strip());
        }
    }
}

package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.docmock.model.DocsModel;
import io.docmock.model.Sample;
import io.docmock.model.SoapDetails;
import io.docmock.parser.TestDocs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented sample request, sent over HTTP, gets its documented sample response: one case per sample, and
 * for a SOAP sample a second one in the other SOAP version, whose answer is the documented one in that version.
 */
class SamplesServedTest {
    @TestFactory
    Stream<DynamicTest> everySeedSample() throws Exception {
        return served(TestDocs.seeds(), 5);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusSample() throws Exception {
        return served(TestDocs.corpusOrSkip(), 90);
    }

    /** One server for all the cases; JUnit closes the stream, and so the server, when they have run. */
    private static Stream<DynamicTest> served(DocsModel model, int atLeast) {
        List<DocumentedSample> samples = DocumentedSample.of(model.operations());
        assertTrue(samples.size() >= atLeast, "samples with a request and a response: " + samples.size());
        DocMockServer server = DocMockServer.builder().port(0).build(model.operations()).start();
        return samples.stream().flatMap(SamplesServedTest::inEachVersion)
                .map(documented -> dynamicTest(documented.name(), () -> Bodies.assertAnswers(
                        documented.sample().response(),
                        Http.sendSample(server.baseUrl(), documented.operation(), documented.sample().request()),
                        documented.name())))
                .onClose(server::close);
    }

    /** A REST sample as it is; a SOAP one as documented and in the other SOAP version. */
    private static Stream<DocumentedSample> inEachVersion(DocumentedSample documented) {
        SoapDetails soap = documented.operation().soap();
        if (soap == null) {
            return Stream.of(documented);
        }
        String other = soap.soapVersion().equals("1.1") ? "1.2" : "1.1";
        Sample converted = soap.inVersion(documented.sample(), other);
        return Stream.of(documented, new DocumentedSample(documented.operation(),
                new Sample(converted.name() + " as SOAP " + other, converted.request(), converted.response())));
    }
}

package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every documented sample request, sent over HTTP, gets its documented sample response. */
class SamplesServedTest {
    @Test
    void everySeedSample() throws Exception {
        assertEveryDocumentedSampleIsServed(TestDocs.seeds(), 5);
    }

    @Test
    void everyCorpusSample() throws Exception {
        assertEveryDocumentedSampleIsServed(TestDocs.corpusOrSkip(), 90);
    }

    private static void assertEveryDocumentedSampleIsServed(DocsModel model, int atLeast) throws Exception {
        DocMockServer server = DocMockServer.builder().port(0).build(model.operations()).start();
        int checked = 0;
        try {
            for (Operation operation : model.operations()) {
                for (Sample sample : operation.samples()) {
                    if (sample.request() == null || sample.response() == null) {
                        continue;
                    }
                    HttpResponse<String> answer = Http.sendSample(server.baseUrl(), operation, sample.request());
                    Bodies.assertAnswers(sample.response(), answer, operation.id() + " (" + operation.source() + ")");
                    checked++;
                }
            }
        } finally {
            server.stop();
        }
        assertTrue(checked >= atLeast, "samples checked: " + checked);
    }
}

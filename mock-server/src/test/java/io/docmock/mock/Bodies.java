package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.HttpBodies;
import io.docmock.model.SampleResponse;
import io.docmock.xml.SafeXml;
import java.net.http.HttpResponse;
import org.w3c.dom.Document;

/** Compares what the mock answered with a documented sample response. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    static void assertAnswers(SampleResponse expected, HttpResponse<String> actual, String what) throws Exception {
        assertEquals(expected.status(), actual.statusCode(), what + ": status; body " + actual.body());
        String contentType = expected.header("Content-Type");
        if (contentType != null) {
            assertEquals(contentType, actual.headers().firstValue("Content-Type").orElse(null), what + ": Content-Type");
        }
        if (HttpBodies.statusCarriesNoBody(expected.status())) {
            assertEquals("", actual.body(), what + ": a " + expected.status() + " has no body");
            return;
        }
        String body = expected.body();
        if (HttpBodies.isXml(contentType, body)) {
            Document want = SafeXml.parse(body);
            Document got = SafeXml.parse(actual.body());
            want.normalizeDocument();
            got.normalizeDocument();
            assertTrue(want.isEqualNode(got), what + ": XML body differs:\n" + actual.body());
        } else if (HttpBodies.isJson(contentType, body)) {
            assertEquals(JSON.readTree(body), JSON.readTree(actual.body()), what + ": JSON body");
        } else {
            assertEquals(body, actual.body(), what + ": body");
        }
    }
}

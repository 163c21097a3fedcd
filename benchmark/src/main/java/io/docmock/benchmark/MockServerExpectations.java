package io.docmock.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The synthetic docs as MockServer expectations, as its user would write them from the pages: a REST operation by
 * method and path, {@code {id}} a path parameter of digits; a SOAP operation by endpoint and an XPath naming the
 * Body's first element; the documented answer with its Content-Type. Loaded through MockServer's REST API
 * ({@code PUT /mockserver/expectation}) in batches.
 */
final class MockServerExpectations {
    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockServerExpectations() {
    }

    /** Sends every operation's expectation; fails unless MockServer accepts each batch. */
    static void load(int port, List<SyntheticDocs.Documented> operations) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int from = 0; from < operations.size(); from += BATCH) {
            ArrayNode batch = JSON.createArrayNode();
            for (SyntheticDocs.Documented operation : operations.subList(from,
                    Math.min(operations.size(), from + BATCH))) {
                batch.add(expectation(operation));
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/mockserver/expectation"))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(batch))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IOException("MockServer refused expectations " + from + ".. with " + answer.statusCode()
                        + ": " + answer.body().lines().limit(5).toList());
            }
        }
    }

    private static ObjectNode expectation(SyntheticDocs.Documented operation) {
        ObjectNode expectation = JSON.createObjectNode();
        ObjectNode request = expectation.putObject("httpRequest");
        request.put("method", operation.method());
        request.put("path", operation.pathTemplate());
        if (operation.pathTemplate().contains("{id}")) {
            request.putObject("pathParameters").putArray("id").add("[0-9]+");
        }
        if (operation.soapOperation() != null) {
            ObjectNode body = request.putObject("body");
            body.put("type", "XPATH");
            body.put("xpath", "/*[local-name()='Envelope']/*[local-name()='Body']/*[local-name()='"
                    + operation.soapOperation() + "']");
        }
        ObjectNode response = expectation.putObject("httpResponse");
        response.put("statusCode", 200);
        response.putObject("headers").putArray("Content-Type").add(operation.contentType());
        response.put("body", operation.answer());
        return expectation;
    }
}

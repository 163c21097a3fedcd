package io.docmock.mock;

import io.docmock.model.PathTemplate;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.SampleRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.Set;

/** Sends requests to a mock over real HTTP. */
final class Http {
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    // HTTP/1.1, as browsers and curl speak plain http: the JDK client alone upgrades to h2c
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> send(String baseUrl, String method, String target, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null || body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return sendPastStaleConnection(request.build());
    }

    /**
     * Sends a request; sent again, once, when the pooled connection it went out on turns out to be closed before
     * any byte came back. The suite starts and stops many servers on free ports: a port is used again by a new
     * server while the client still pools a connection to the old one, and the JDK client retries only GETs.
     */
    private static HttpResponse<String> sendPastStaleConnection(HttpRequest request) throws Exception {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A GET sent without waiting for its answer. */
    static CompletableFuture<HttpResponse<String>> sendAsync(String baseUrl, String method, String target) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + target)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The documented sample request as sent by a client: path placeholders filled with values of their type. */
    static HttpResponse<String> sendSample(String baseUrl, Operation operation, SampleRequest sample,
                                           String... extraHeaders) throws Exception {
        String target = PathTemplate.of(sample.target(), operation.pathParameters()).example()
                .replace(" ", "%20").replace("'", "%27");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .timeout(Duration.ofSeconds(10))
                .method(sample.method(), sample.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(sample.body(), StandardCharsets.UTF_8));
        for (Header header : sample.headers()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                request.header(header.name(), header.value());
            }
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return sendPastStaleConnection(request.build());
    }
}

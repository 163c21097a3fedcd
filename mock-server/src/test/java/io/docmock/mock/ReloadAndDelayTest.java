package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.model.SampleResponse;
import io.docmock.parser.TestDocs;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The docs read again while the mock runs: the new answers at once, stubs added through the admin API kept, and
 * no request in flight meanwhile answered by neither; and latency on request.
 */
class ReloadAndDelayTest {
    private static final String CHANGE_OWN = "/api/v1/Agents/User/ChangeOwnPassword";

    /** The seeds, with ChangeOwnPassword's documented answer this text. */
    private static List<Operation> answering(List<Operation> operations, String body) {
        List<Operation> changed = new ArrayList<>();
        for (Operation operation : operations) {
            if (!operation.path().equals(CHANGE_OWN)) {
                changed.add(operation);
                continue;
            }
            List<Sample> samples = operation.samples().stream().map(sample -> new Sample(sample.name(),
                    sample.request(), new SampleResponse(200, "OK", sample.response().headers(), body,
                    sample.response().source()))).toList();
            changed.add(operation.withSamples(samples));
        }
        return changed;
    }

    @Test
    void aReloadServesTheNewAnswersKeepsAdminStubsAndFailsNoRequestInFlight() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations()).start()) {
            assertEquals(201, Http.send(server.baseUrl(), "POST", "/__admin/mappings", "{\"request\": {\"method\":"
                    + " \"GET\", \"url\": \"/mine\"}, \"response\": {\"status\": 200, \"body\": \"my stub\"}}",
                    "Content-Type", "application/json").statusCode());
            AtomicBoolean reloading = new AtomicBoolean(true);
            List<Integer> statuses = new ArrayList<>();
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                try {
                    while (reloading.get()) {
                        statuses.add(Http.send(server.baseUrl(), "POST", CHANGE_OWN, null).statusCode());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 30; i++) {
                server.reload(answering(seeds.operations(), i % 2 == 0 ? "false" : "true"), seeds.wsdls());
            }
            server.reload(answering(seeds.operations(), "false"), seeds.wsdls());
            reloading.set(false);
            client.join();
            assertTrue(statuses.stream().allMatch(status -> status == 200), "every request in flight answered: "
                    + statuses);
            assertEquals("false", Http.send(server.baseUrl(), "POST", CHANGE_OWN, null).body().strip());
            assertEquals("my stub", Http.send(server.baseUrl(), "GET", "/mine", null).body());
            assertEquals(5, server.operations().size());
        }
    }

    @Test
    void aPageRemovedIsNoLongerServedAndOneAddedIs() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations()).start()) {
            List<Operation> without = seeds.operations().stream().filter(op -> !op.path().equals(CHANGE_OWN)).toList();
            server.reload(without, seeds.wsdls());
            assertEquals(404, Http.send(server.baseUrl(), "POST", CHANGE_OWN, null).statusCode());
            server.reload(seeds.operations(), seeds.wsdls());
            assertEquals(200, Http.send(server.baseUrl(), "POST", CHANGE_OWN, null).statusCode());
        }
    }

    @Test
    void preferDelayHoldsTheAnswerButNoWorker() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        try (DocMockServer server = DocMockServer.builder().port(0).workerThreads(1).build(seeds.operations())
                .start()) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> delayed = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.send(server.baseUrl(), "POST", CHANGE_OWN, null, "Prefer", "delay=3000");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the delayed request has reached the mock once its history lists it, while its answer still waits
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (server.requests().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(1, server.requests().size(), "the delayed request reached the mock: " + server.requests());
            // with a single worker, an answer that held it would keep this one waiting behind the delayed one
            assertEquals(200, Http.send(server.baseUrl(), "POST", CHANGE_OWN, null).statusCode());
            assertTrue(!delayed.isDone(), "the undelayed answer came first");
            assertEquals(200, delayed.join().statusCode());
            assertTrue(System.nanoTime() - start >= 3_000_000_000L, "the delayed answer waited its 3 s");
        }
    }
}

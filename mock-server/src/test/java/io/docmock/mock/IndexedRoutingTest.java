package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import io.docmock.model.Sample;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docmock hands WireMock only the candidate stubs of a request; it must pick exactly the stub that stock WireMock,
 * scanning every stub, picks. And stubs added through the admin API still match.
 */
class IndexedRoutingTest {
    @TempDir
    Path dir;

    @Test
    void theSameStubAnswersAsInStockWireMockForSeedsAndCorpus() throws Exception {
        List<Operation> operations = new ArrayList<>(TestDocs.seeds().operations());
        DocsModel corpus = null;
        try {
            corpus = TestDocs.corpusOrSkip();
        } catch (org.opentest4j.TestAbortedException e) {
            // seeds alone still compare
        }
        if (corpus != null) {
            operations.addAll(corpus.operations());
        }
        DocMockServer docmock = DocMockServer.builder().port(0).build(operations).start();
        MappingFiles.write(dir, MockStubs.build(operations, StubOptions.defaults()));
        WireMockServer stock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(dir.toString()));
        stock.start();
        try {
            String stockUrl = "http://127.0.0.1:" + stock.port();
            int compared = 0;
            for (Operation operation : operations) {
                for (Sample sample : operation.samples()) {
                    if (sample.request() == null) {
                        continue;
                    }
                    List<String[]> variants = new ArrayList<>();
                    variants.add(new String[0]);
                    variants.add(new String[] {"Prefer", "code=404"});
                    variants.add(new String[] {"Prefer", "code=200"});
                    if (operation.protocol() == Protocol.SOAP) {
                        variants.add(new String[] {"SOAPAction", "\"http://x/Other\""});
                        variants.add(new String[] {"SOAPAction", "\"http://x/" + operation.soap().operationElement() + "\""});
                        variants.add(new String[] {"Content-Type", "application/soap+xml; action=\"urn:x/Other\""});
                    }
                    for (String[] headers : variants) {
                        HttpResponse<String> mine = Http.sendSample(docmock.baseUrl(), operation, sample.request(), headers);
                        HttpResponse<String> theirs = Http.sendSample(stockUrl, operation, sample.request(), headers);
                        String what = operation.id() + " " + String.join(": ", headers);
                        assertEquals(theirs.headers().firstValue("Matched-Stub-Id").orElse("none"),
                                mine.headers().firstValue("Matched-Stub-Id").orElse("none"), what);
                        assertEquals(theirs.statusCode(), mine.statusCode(), what);
                        compared++;
                    }
                }
            }
            assertTrue(compared >= 20, "compared: " + compared);
        } finally {
            docmock.stop();
            stock.stop();
        }
    }

    @Test
    void stubsAddedThroughTheAdminApiStillMatch() throws Exception {
        DocMockServer docmock = DocMockServer.builder().port(0).build(TestDocs.seeds().operations()).start();
        try {
            String stub = """
                    {"request": {"method": "GET", "urlPath": "/extra/thing"},
                     "response": {"status": 200, "body": "from the admin API"}}""";
            assertEquals(201, Http.send(docmock.baseUrl(), "POST", "/__admin/mappings", stub,
                    "Content-Type", "application/json").statusCode());
            HttpResponse<String> extra = Http.send(docmock.baseUrl(), "GET", "/extra/thing", null);
            assertEquals(200, extra.statusCode());
            assertEquals("from the admin API", extra.body());

            String override = """
                    {"priority": 1, "request": {"method": "POST", "urlPath": "/api/v1/Agents/User/ChangeOwnPassword"},
                     "response": {"status": 200, "body": "false"}}""";
            Http.send(docmock.baseUrl(), "POST", "/__admin/mappings", override, "Content-Type", "application/json");
            assertEquals("false", Http.send(docmock.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPassword",
                    null).body());
            assertEquals(200, Http.send(docmock.baseUrl(), "DELETE", "/__admin/mappings", null).statusCode());
            assertEquals(404, Http.send(docmock.baseUrl(), "GET", "/extra/thing", null).statusCode());
        } finally {
            docmock.stop();
        }
    }

    @Test
    void aProxyStubAddedThroughTheAdminApiProxies() throws Exception {
        // docmock builds WireMock's proxy client on first use only; a proxy stub must still reach its target
        WireMockServer target = new WireMockServer(options().port(0).bindAddress("127.0.0.1"));
        target.start();
        DocMockServer docmock = DocMockServer.builder().port(0).build(TestDocs.seeds().operations()).start();
        try {
            target.stubFor(get("/elsewhere/thing")
                    .willReturn(ok("from the real server")));
            String proxy = """
                    {"request": {"method": "GET", "urlPathPattern": "/elsewhere/.*"},
                     "response": {"proxyBaseUrl": "http://127.0.0.1:%d"}}""".formatted(target.port());
            assertEquals(201, Http.send(docmock.baseUrl(), "POST", "/__admin/mappings", proxy,
                    "Content-Type", "application/json").statusCode());
            HttpResponse<String> proxied = Http.send(docmock.baseUrl(), "GET", "/elsewhere/thing", null);
            assertEquals(200, proxied.statusCode());
            assertEquals("from the real server", proxied.body());
        } finally {
            docmock.stop();
            target.stop();
        }
    }

    @Test
    void delayedStubsDoNotHoldUpOtherRequestsEvenWithOneWorker() throws Exception {
        DocMockServer docmock = DocMockServer.builder().port(0).workerThreads(1)
                .build(TestDocs.seeds().operations()).start();
        try {
            String slow = """
                    {"request": {"method": "GET", "urlPath": "/slow"},
                     "response": {"status": 200, "body": "late", "fixedDelayMilliseconds": 3000}}""";
            assertEquals(201, Http.send(docmock.baseUrl(), "POST", "/__admin/mappings", slow,
                    "Content-Type", "application/json").statusCode());
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return Http.send(docmock.baseUrl(), "GET", "/slow", null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            Operation documented = TestDocs.seeds().operations().get(0);
            HttpResponse<String> meanwhile = Http.sendSample(docmock.baseUrl(), documented,
                    documented.samples().get(0).request());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());
            assertTrue(millis < 2000, "answered after " + millis + " ms, behind the delayed requests");
            assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone),
                    "the delayed requests were still waiting");
            for (var late : waiting) {
                assertEquals("late", late.get(20, TimeUnit.SECONDS).body());
            }
        } finally {
            docmock.stop();
        }
    }

    @Test
    void theAdminApiListsEveryStubInWireMocksOrderWhetherRequestsCameFirstOrNot() throws Exception {
        List<Operation> operations = TestDocs.seeds().operations();
        // stock WireMock given every stub at once, in the mapping files' order: the order docmock must keep
        WireMockServer stock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        MockStubs.build(operations, StubOptions.defaults())
                .forEach(group -> group.stubs().forEach(stock::addStubMapping));
        List<String> eager = stock.listAllStubMappings().getMappings().stream()
                .map(mapping -> mapping.getId().toString()).toList();
        DocMockServer untouched = DocMockServer.builder().port(0).build(operations).start();
        DocMockServer used = DocMockServer.builder().port(0).build(operations).start();
        try {
            // the last operation's stubs are built first here, on its first request; the others after
            Operation last = operations.get(operations.size() - 1);
            assertEquals(200, Http.sendSample(used.baseUrl(), last, last.samples().get(0).request()).statusCode());
            List<String> fresh = mappingIds(untouched);
            // docmock's own two stubs (the 404 answer, the request history) come on top of the documented ones
            assertEquals(eager.size() + 2, fresh.size(), "every stub is listed: " + fresh);
            assertEquals(eager, fresh.stream().filter(eager::contains).toList());
            assertEquals(fresh, mappingIds(used));
        } finally {
            untouched.stop();
            used.stop();
        }
    }

    private static List<String> mappingIds(DocMockServer server) throws Exception {
        String json = Http.send(server.baseUrl(), "GET", "/__admin/mappings", null).body();
        List<String> ids = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("mappings")
                .forEach(mapping -> ids.add(mapping.get("id").asText()));
        return ids;
    }

    @Test
    void manyFirstRequestsAtOnceAllGetTheDocumentedAnswer() throws Exception {
        List<Operation> operations = TestDocs.seeds().operations();
        DocMockServer docmock = DocMockServer.builder().port(0).build(operations).start();
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            List<Integer> documented = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Operation operation = operations.get(i % operations.size());
                documented.add(operation.samples().get(0).response().status());
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return Http.sendSample(docmock.baseUrl(), operation, operation.samples().get(0).request())
                                .statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, runnable -> new Thread(runnable).start()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(documented.get(i), answers.get(i).get(20, TimeUnit.SECONDS));
            }
        } finally {
            docmock.stop();
        }
    }
}

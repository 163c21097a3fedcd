package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docmock hands WireMock only the candidate stubs of a request; it must pick exactly the stub that stock WireMock,
 * scanning every stub, picks. And stubs added through the admin API still match.
 */
class IndexedRoutingTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> theSameStubAnswersAsInStockWireMockForTheSeeds() throws Exception {
        return sameStubAsStockWireMock(TestDocs.seeds().operations(), dir.resolve("seeds"), 5);
    }

    @TestFactory
    Stream<DynamicTest> theSameStubAnswersAsInStockWireMockForTheCorpus() throws Exception {
        return sameStubAsStockWireMock(TestDocs.corpusOrSkip().operations(), dir.resolve("corpus"), 90);
    }

    /**
     * One case per documented sample request: sent as documented, with Prefer, and for SOAP with actions that name
     * another operation or its own, to docmock and to stock WireMock reading the mapping files; the same stub must
     * answer, with the same status. JUnit closes the stream, and so both servers, when the cases have run.
     */
    private static Stream<DynamicTest> sameStubAsStockWireMock(List<Operation> operations, Path mappings,
                                                               int atLeast) throws Exception {
        List<DocumentedSample> samples = DocumentedSample.requests(operations);
        assertTrue(samples.size() >= atLeast, "sample requests: " + samples.size());
        MappingFiles.write(mappings, MockStubs.build(operations, StubOptions.defaults()));
        DocMockServer docmock = DocMockServer.builder().port(0).build(operations).start();
        WireMockServer stock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(mappings.toString()));
        stock.start();
        String stockUrl = "http://127.0.0.1:" + stock.port();
        return samples.stream()
                .map(documented -> dynamicTest(documented.name(), () -> {
                    Operation operation = documented.operation();
                    for (String[] headers : variants(operation)) {
                        HttpResponse<String> mine = Http.sendSample(docmock.baseUrl(), operation,
                                documented.sample().request(), headers);
                        HttpResponse<String> theirs = Http.sendSample(stockUrl, operation,
                                documented.sample().request(), headers);
                        String what = String.join(": ", headers);
                        assertEquals(theirs.headers().firstValue("Matched-Stub-Id").orElse("none"),
                                mine.headers().firstValue("Matched-Stub-Id").orElse("none"), what);
                        assertEquals(theirs.statusCode(), mine.statusCode(), what);
                    }
                }))
                .onClose(() -> {
                    docmock.close();
                    stock.stop();
                });
    }

    private static List<String[]> variants(Operation operation) {
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[0]);
        variants.add(new String[] {"Prefer", "code=404"});
        variants.add(new String[] {"Prefer", "code=200"});
        if (operation.protocol() == Protocol.SOAP) {
            variants.add(new String[] {"SOAPAction", "\"http://x/Other\""});
            variants.add(new String[] {"SOAPAction", "\"http://x/" + operation.soap().operationElement() + "\""});
            variants.add(new String[] {"Content-Type", "application/soap+xml; action=\"urn:x/Other\""});
        }
        return variants;
    }

    @Test
    void stubsAddedThroughTheAdminApiStillMatch() throws Exception {
        try (DocMockServer docmock = DocMockServer.builder().port(0).build(TestDocs.seeds().operations()).start()) {
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
        }
    }

    @Test
    void aProxyStubAddedThroughTheAdminApiProxies() throws Exception {
        // docmock builds WireMock's proxy client on first use only; a proxy stub must still reach its target
        WireMockServer target = new WireMockServer(options().port(0).bindAddress("127.0.0.1"));
        target.start();
        try (DocMockServer docmock = DocMockServer.builder().port(0).build(TestDocs.seeds().operations()).start()) {
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
            target.stop();
        }
    }

    @Test
    void delayedStubsDoNotHoldUpOtherRequestsEvenWithOneWorker() throws Exception {
        try (DocMockServer docmock = DocMockServer.builder().port(0).workerThreads(1)
                .build(TestDocs.seeds().operations()).start()) {
            // far longer than any client here waits: an answer that came behind them would time out instead
            String slow = """
                    {"request": {"method": "GET", "urlPath": "/slow"},
                     "response": {"status": 200, "body": "late", "fixedDelayMilliseconds": 600000}}""";
            assertEquals(201, Http.send(docmock.baseUrl(), "POST", "/__admin/mappings", slow,
                    "Content-Type", "application/json").statusCode());
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(Http.sendAsync(docmock.baseUrl(), "GET", "/slow"));
            }
            awaitHistory(docmock, "/slow", 3);
            Operation documented = TestDocs.seeds().operations().get(0);
            HttpResponse<String> meanwhile = Http.sendSample(docmock.baseUrl(), documented,
                    documented.samples().get(0).request());
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());
            assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone),
                    "the delayed requests are still waiting for their answers");
            waiting.forEach(late -> late.cancel(true));
        }
    }

    /**
     * Until the request history lists this many requests to the path: an answer's entry is made as it is sent off,
     * before any delay, so the requests have reached the server. Each look is a request, so this waits without a
     * clock; a history that never shows them fails when the looks run out.
     */
    private static void awaitHistory(DocMockServer server, String path, int count) throws Exception {
        for (int look = 0; look < 10_000; look++) {
            String history = Http.send(server.baseUrl(), "GET", "/__docmock/requests", null).body();
            if (history.split("\"url\" : \"" + path + "\"", -1).length - 1 >= count) {
                return;
            }
        }
        throw new AssertionError("the request history never listed " + count + " requests to " + path);
    }

    @Test
    void theAdminApiListsEveryStubInWireMocksOrderWhetherRequestsCameFirstOrNot() throws Exception {
        List<Operation> operations = TestDocs.seeds().operations();
        // stock WireMock given every stub at once, in the mapping files' order: the order docmock must keep
        WireMockServer stock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        // the running mock leaves CORS to its server's filter: its stubs are the mapping files' without it
        MockStubs.build(operations, new StubOptions(false))
                .forEach(group -> group.stubs().forEach(stock::addStubMapping));
        List<String> eager = stock.listAllStubMappings().getMappings().stream()
                .map(mapping -> mapping.getId().toString()).toList();
        try (DocMockServer untouched = DocMockServer.builder().port(0).build(operations).start();
             DocMockServer used = DocMockServer.builder().port(0).build(operations).start()) {
            // the last operation's stubs are built first here, on its first request; the others after
            Operation last = operations.get(operations.size() - 1);
            assertEquals(200, Http.sendSample(used.baseUrl(), last, last.samples().get(0).request()).statusCode());
            List<String> fresh = mappingIds(untouched);
            // docmock's own stubs (the 404 answer, the request history, health, the catalogue page and its data,
            // and the WSDL of each SOAP endpoint) come on top of the documented ones
            long soapEndpoints = operations.stream().filter(operation -> operation.soap() != null)
                    .map(operation -> operation.soap().endpointPath()).distinct().count();
            assertEquals(eager.size() + 3 + io.docmock.mock.internal.Catalogue.stubs().size() + soapEndpoints,
                    fresh.size(), "every stub is listed: " + fresh);
            assertEquals(eager, fresh.stream().filter(eager::contains).toList());
            assertEquals(fresh, mappingIds(used));
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
        try (DocMockServer docmock = DocMockServer.builder().port(0).build(operations).start()) {
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
        }
    }
}

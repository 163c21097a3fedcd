package io.docmock.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.security.SingleHeaderAuthenticator;
import io.docmock.mock.internal.AcceptCheck;
import io.docmock.mock.internal.ClosestOperationsAnswer;
import io.docmock.mock.internal.DocmockStores;
import io.docmock.mock.internal.DocsRoutes;
import io.docmock.mock.internal.HeadAsGet;
import io.docmock.mock.internal.HostileXmlRefusal;
import io.docmock.mock.internal.Json;
import io.docmock.mock.internal.Problems;
import io.docmock.mock.internal.ProxyClientOnDemand;
import io.docmock.mock.internal.QuietNotifier;
import io.docmock.mock.internal.RequestCheck;
import io.docmock.mock.internal.RequestHistory;
import io.docmock.mock.internal.RestValidation;
import io.docmock.mock.internal.SoapValidation;
import io.docmock.mock.internal.shaded.JettyServerFactory;
import io.docmock.mock.internal.shaded.ServerGuards;
import io.docmock.mock.internal.Catalogue;
import io.docmock.mock.internal.Delays;
import io.docmock.mock.internal.PactRecording;
import io.docmock.mock.internal.WsdlAnswer;
import io.docmock.mock.internal.shaded.WorkerThreads;
import io.docmock.model.Operation;
import io.docmock.model.WsdlDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The running mock: an embedded WireMock serving the stubs of {@link MockStubs}, with docmock's extras as WireMock
 * extensions: request filters with one check each (body size, DOCTYPE refusal, REST and SOAP validation), a 404
 * naming the closest documented operations, and the request history. WireMock's admin API stays at
 * {@code /__admin}. Closing it stops it.
 *
 * <pre>{@code
 * try (DocMockServer server = DocMockServer.builder().port(8080).build(model.operations()).start()) {
 *     System.out.println(server.baseUrl());
 * }
 * }</pre>
 */
public final class DocMockServer implements AutoCloseable {
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_BODY_MILLIS = 30_000;
    private static final long STOP_MILLIS = 5_000;

    private final WireMockServer wireMock;
    private final RequestHistory history;
    private final ClosestOperationsAnswer closestOperations;
    /** Set when the operations are known; the request filters ask for the current one. */
    private volatile DocsRoutes routes = new DocsRoutes(List.of(), true);
    private final boolean caseSensitivePaths;
    private final List<Operation> operations;
    private final DocumentedMappings documented;
    /** What the mock answered from the docs, when asked to record it; else null. */
    private final PactRecording recording;
    private volatile Map<String, Operation> servedById = Map.of();
    private volatile List<Operation> served = List.of();
    private volatile List<String> warnings = List.of();
    private final PrintWriter err;

    private DocMockServer(Builder builder, List<Operation> operations) {
        this.operations = operations;
        this.caseSensitivePaths = builder.caseSensitivePaths;
        this.history = new RequestHistory(builder.log);
        this.closestOperations = new ClosestOperationsAnswer(history);
        this.err = builder.err;
        WsdlAnswer wsdlAnswer = new WsdlAnswer();
        this.recording = builder.recorder == null ? null
                : new PactRecording(id -> servedById.get(id), builder.recorder);
        List<Extension> extensions = new ArrayList<>(List.of(closestOperations, history,
                new RequestHistory.Answer(history), wsdlAnswer, new Catalogue(() -> served, () -> warnings)));
        if (recording != null) {
            extensions.add(recording);
            extensions.add(new PactRecording.Answer(recording));
        }
        // request filters run in this order, after the server has read the body within its limit
        RequestCheck.Context checks = new RequestCheck.Context(() -> routes, history);
        extensions.add(new Delays(builder.minDelayMillis, builder.maxDelayMillis));
        extensions.add(new HeadAsGet());
        extensions.add(new HostileXmlRefusal(checks));
        if (builder.validate) {
            extensions.add(new AcceptCheck(checks));
            extensions.add(new RestValidation(checks));
            extensions.add(new SoapValidation(checks));
        }
        WireMockConfiguration config = options()
                .port(builder.port)
                .bindAddress(builder.bindAddress)
                .notifier(new QuietNotifier(builder.err))
                // WireMock's journal trims itself with a scan of every entry on every request, and its request
                // log formats every answer: both cost more than matching, so both are off
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                // no stub uses response templates; leaving Handlebars off saves startup time
                .templatingEnabled(false)
                // a body in one write with its Content-Length, as the documented samples show, not chunked
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .threadPoolFactory(new WorkerThreads(builder.workerThreads))
                .jettyAcceptors(WorkerThreads.ACCEPTORS)
                // a delay (stubs added through the admin API may have one) waits on a timer, not in a worker
                .asynchronousResponseEnabled(true)
                .httpClientFactory(new ProxyClientOnDemand())
                .httpServerFactory(new JettyServerFactory(new ServerGuards(builder.maxBodyBytes,
                        builder.bodyMillis, builder.admin, builder.allowedHosts,
                        builder.cors ? builder.corsOrigins : List.of(), (method, url, status, title, detail) -> {
                            history.refused(method, url, status, detail);
                            return Json.write(Problems.body(status, title, detail));
                        })))
                // on stop, requests in flight are answered first, for up to this long
                .jettyStopTimeout(STOP_MILLIS)
                .extensions(extensions.toArray(Extension[]::new));
        if (builder.adminToken != null) {
            config.adminAuthenticator(new SingleHeaderAuthenticator("Authorization", "Bearer " + builder.adminToken));
        }
        DocmockStores stores = new DocmockStores(config.filesRoot());
        // CORS is the server's filter's job here (it echoes each origin); stubs carry it only in mapping files
        this.documented = new DocumentedMappings(stores.getStubStore(), new StubOptions(false,
                builder.caseSensitivePaths), wsdlAnswer, recording != null);
        config.withStores(stores).mappingSource(documented);
        this.wireMock = new WireMockServer(config);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int port = 8080;
        private String bindAddress = "127.0.0.1";
        private boolean cors = true;
        private PrintWriter log;
        private PrintWriter err = new PrintWriter(System.err, true);
        private boolean validate = true;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long bodyMillis = DEFAULT_BODY_MILLIS;
        private int workerThreads = WorkerThreads.defaultWorkers();
        private boolean admin = true;
        private String adminToken;
        private Set<String> allowedHosts = Set.of();
        private boolean caseSensitivePaths;
        private ContractRecorder recorder;
        private int minDelayMillis;
        private int maxDelayMillis;
        private List<String> corsOrigins = List.of("*");

        private Builder() {
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /**
         * CORS on the documented operations (on by default): a request's origin comes back with
         * {@code Access-Control-Allow-Credentials: true}, a preflight gets the method and headers it asks for.
         */
        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        /** The origins CORS answers ({@code *}, the default: any); others get no CORS headers. */
        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = List.copyOf(corsOrigins);
            return this;
        }

        /** Where to write one line per request, with why it was rejected where it was; null (default) for none. */
        public Builder requestLog(PrintWriter log) {
            this.log = log;
            return this;
        }

        /** Check requests against the docs (on by default): 400, or a SOAP Fault, for what does not fit. */
        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /** Request bodies over this size get 413. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Threads that answer requests; default: one more than the cores. Answers are in memory, so more threads
         * only make requests wait longer for a core; stubs added through the admin API that proxy to a slow
         * server hold a thread each while they wait.
         */
        public Builder workerThreads(int workerThreads) {
            if (workerThreads < 1) {
                throw new IllegalArgumentException("at least one worker thread, not " + workerThreads);
            }
            this.workerThreads = workerThreads;
            return this;
        }

        /** Where WireMock's errors go. */
        public Builder errors(PrintWriter err) {
            this.err = err;
            return this;
        }

        /** Match literal path segments only in the documented case; by default any case, as the real server. */
        public Builder caseSensitivePaths(boolean caseSensitivePaths) {
            this.caseSensitivePaths = caseSensitivePaths;
            return this;
        }

        /** A request body must arrive whole within this many milliseconds, else 408. */
        public Builder bodyMillis(long bodyMillis) {
            this.bodyMillis = bodyMillis;
            return this;
        }

        /** Whether {@code /__admin} answers at all (on by default). */
        public Builder admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        /**
         * Requires {@code Authorization: Bearer TOKEN} on {@code /__admin}; needed to bind an address other than
         * loopback while the admin API is on.
         */
        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken == null || adminToken.isEmpty() ? null : adminToken;
            return this;
        }

        /** Host names, besides loopback ones, that the admin API and docmock's pages answer. */
        public Builder allowedHosts(Set<String> allowedHosts) {
            this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
            return this;
        }

        /** Every answer waits between these many milliseconds (a request's {@code Prefer: delay=MS} wins). */
        public Builder delay(int minMillis, int maxMillis) {
            if (minMillis < 0 || maxMillis < minMillis || maxMillis > Delays.MAX_MILLIS) {
                throw new IllegalArgumentException("a delay of MIN-MAX milliseconds, 0 <= MIN <= MAX <= "
                        + Delays.MAX_MILLIS + "; not " + minMillis + "-" + maxMillis);
            }
            this.minDelayMillis = minMillis;
            this.maxDelayMillis = maxMillis;
            return this;
        }

        /**
         * Records what the mock answers from the docs as a consumer contract, written by this recorder on
         * {@code POST /__docmock/pact} and when the server stops.
         */
        public Builder recordContract(ContractRecorder recorder) {
            this.recorder = recorder;
            return this;
        }

        private void checkAdminExposure() {
            boolean loopback = bindAddress.equals("localhost") || bindAddress.startsWith("127.")
                    || bindAddress.equals("::1") || bindAddress.equals("[::1]");
            if (admin && adminToken == null && !loopback) {
                throw new IllegalArgumentException("binding " + bindAddress + " opens the admin API to the network:"
                        + " give it a token (--admin-token) or turn it off (--no-admin)");
            }
        }

        /** A server for these operations, to {@link #start()}. */
        public DocMockServer build(List<Operation> operations) {
            checkAdminExposure();
            return new DocMockServer(this, List.copyOf(operations));
        }

        /**
         * A server whose operations come later, with {@link #start(List)}: WireMock and Jetty can be made ready
         * while the docs are still being read.
         */
        public DocMockServer build() {
            checkAdminExposure();
            return new DocMockServer(this, null);
        }
    }

    /** Starts serving the operations given to {@link Builder#build(List)}; throws when the port cannot be bound. */
    public DocMockServer start() {
        if (operations == null) {
            throw new IllegalStateException("no operations: build(operations), or start(operations)");
        }
        return start(operations);
    }

    /** Starts serving these operations; throws when the port cannot be bound. */
    public DocMockServer start(List<Operation> operations) {
        return start(operations, List.of());
    }

    /**
     * Starts serving these operations, and each SOAP endpoint's WSDL at {@code ?wsdl} where the docs hold it;
     * throws when the port cannot be bound.
     */
    public DocMockServer start(List<Operation> operations, List<WsdlDocument> wsdls) {
        // what validation and the 404 answer need is built beside the stubs: loading those keeps one core busy
        CompletableFuture<Void> routesReady = CompletableFuture.runAsync(() -> routeTo(operations),
                task -> new Thread(task, "docmock-routes").start());
        documented.serve(operations, wsdls);
        wireMock.resetToDefaultMappings();
        routesReady.join();
        wireMock.start();
        return this;
    }

    /**
     * Serves these operations from now on, without a restart: their stubs replace the documented ones in one step
     * (a request in flight is answered by the old or the new, never by neither); stubs added through the admin API
     * stay, and so does the request history.
     */
    public void reload(List<Operation> operations, List<WsdlDocument> wsdls) {
        documented.reload(operations, wsdls);
        routeTo(operations);
    }

    /** What the docs could not read, as {@code file:line: message}, for the catalogue page to show. */
    public void warnings(List<String> warnings) {
        this.warnings = List.copyOf(warnings);
    }

    private void routeTo(List<Operation> operations) {
        closestOperations.answerFrom(operations);
        DocsRoutes next = new DocsRoutes(operations, !caseSensitivePaths);
        Map<String, Operation> byId = new HashMap<>();
        operations.forEach(operation -> byId.put(operation.id(), operation));
        servedById = byId;
        served = List.copyOf(operations);
        routes = next;
    }

    /** Stops the server; a recorded contract is written first, with everything answered until then. */
    public void stop() {
        wireMock.stop();
        if (recording != null) {
            try {
                recording.write();
            } catch (java.io.IOException e) {
                err.println("docmock: the recorded pact could not be written: " + e.getMessage());
            }
        }
    }

    /** The requests received (the last 100), oldest first, with their outcome. */
    public List<ReceivedRequest> requests() {
        return history.received();
    }

    /** Forgets the requests received so far. */
    public void clearRequests() {
        history.clear();
    }

    /** The operations served. */
    public List<Operation> operations() {
        return served;
    }

    /** What the mock answered from the docs so far, when recording; else empty. */
    public List<RecordedExchange> recorded() {
        return recording == null ? List.of() : recording.recorded();
    }

    /** Stops the server. */
    @Override
    public void close() {
        stop();
    }

    public int port() {
        return wireMock.port();
    }

    public String baseUrl() {
        return "http://" + hostForUrl() + ":" + port();
    }

    private String hostForUrl() {
        String bind = wireMock.getOptions().bindAddress();
        if (bind == null || bind.equals("0.0.0.0") || bind.equals("::")) {
            return "localhost";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

}

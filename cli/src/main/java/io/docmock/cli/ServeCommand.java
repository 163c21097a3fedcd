package io.docmock.cli;

import io.docmock.contracts.ContractOptions;
import io.docmock.mock.DocMockServer;
import io.docmock.model.DocsModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve every documented operation, REST and SOAP, with its documented answers.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DocsInput docs;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Mixin
    StubChoices stubs;

    @Option(names = "--verbose", description = "Print one line per request, with why it was rejected where it was.")
    boolean verbose;

    @Option(names = "--no-validate", negatable = false,
            description = "Answer requests whose body or path parameters do not fit the docs as if they did.")
    boolean noValidate;

    @Option(names = "--max-body", defaultValue = "10M", paramLabel = "SIZE",
            description = "Largest request body accepted, in bytes or with K, M, G (KiB, MiB, GiB); larger get 413."
                    + " Default: ${DEFAULT-VALUE}.")
    String maxBody;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads answering requests. Default: one more than the cores. Answers are in memory, so"
                    + " more threads only make requests wait longer for a core; raise it if stubs you add through"
                    + " the admin API proxy to a slow server.")
    Integer threads;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on the admin API (/__admin). Needed to --bind an"
                    + " address other than loopback while the admin API is on.")
    String adminToken;

    @Option(names = "--cors-origins", split = ",", paramLabel = "ORIGIN",
            description = "The only origins the documented operations answer with CORS (comma-separated, e.g."
                    + " http://localhost:3000); others get no CORS headers. Default: any origin.")
    List<String> corsOrigins;

    @Option(names = "--no-admin", negatable = false, description = "Turn the admin API (/__admin) off.")
    boolean noAdmin;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name, besides localhost and loopback addresses, that the admin API and"
                    + " /__docmock pages answer (repeatable); others are refused, so that DNS rebinding cannot reach"
                    + " them.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--record-pact", paramLabel = "FILE",
            description = "Record every request answered from the docs (one per operation, status and example) as a"
                    + " consumer pact (v4), written to FILE when the mock stops and on POST /__docmock/pact.")
    Path recordPact;

    @Option(names = "--consumer", defaultValue = "consumer", paramLabel = "NAME",
            description = "The consumer's name in the recorded pact. Default: ${DEFAULT-VALUE}.")
    String consumer;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "The provider's name in the recorded pact. Default: the docs' first path segment.")
    String provider;

    @Option(names = "--delay", paramLabel = "MIN-MAX",
            description = "Delay every answer by MIN to MAX milliseconds (or MS), for UI work; a request's"
                    + " 'Prefer: delay=MS' sets its own. No request thread waits meanwhile.")
    String delay;

    @Option(names = "--no-watch", negatable = false,
            description = "Do not reload pages that change while the mock runs (by default a changed, added or"
                    + " removed page takes effect within a second).")
    boolean noWatch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be 0 to 65535, not " + port);
        }
        long maxBodyBytes = Sizes.parse(maxBody, "--max-body");
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads);
        }
        DocMockServer.Builder builder = DocMockServer.builder();
        if (threads != null) {
            builder.workerThreads(threads);
        }
        if (delay != null) {
            String[] range = delay.split("-", 2);
            try {
                int min = Integer.parseInt(range[0].strip());
                builder.delay(min, range.length == 2 ? Integer.parseInt(range[1].strip()) : min);
            } catch (NumberFormatException e) {
                throw new UserError("--delay takes MIN-MAX or MS in milliseconds, like 100-800; not " + delay);
            } catch (IllegalArgumentException e) {
                throw new UserError("--delay: " + e.getMessage());
            }
        }
        if (recordPact != null) {
            builder.recordContract(new RecordedPact(recordPact, new ContractOptions(consumer, provider)));
        }
        // WireMock and Jetty get ready on another thread while the docs are read
        CompletableFuture<DocMockServer> ready = CompletableFuture.supplyAsync(() -> builder
                .port(port)
                .bindAddress(bind)
                .cors(stubs.options().cors())
                .caseSensitivePaths(stubs.options().caseSensitivePaths())
                .requestLog(verbose ? out : null)
                .errors(err)
                .validate(!noValidate)
                .maxBodyBytes(maxBodyBytes)
                .corsOrigins(corsOrigins == null || corsOrigins.isEmpty() ? List.of("*") : corsOrigins)
                .admin(!noAdmin)
                .adminToken(adminToken)
                .allowedHosts(Set.copyOf(allowedHosts))
                .build(), task -> new Thread(task, "docmock-wiremock-init").start());
        DocsModel model = docs.read(err);
        DocsOutput.warnings(model, err);
        DocMockServer server;
        try {
            server = ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw new UserError(refused.getMessage());
            }
            throw e;
        }
        try {
            server.start(model.operations(), model.wsdls());
        } catch (RuntimeException e) {
            throw new UserError("cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
        }
        DocsWatcher watcher = watch(server, model, out, err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            server.stop();
            out.println("docmock stopped");
            out.flush();
        }, "docmock-shutdown"));
        if (recordPact != null) {
            out.printf("recording a consumer pact to %s (written when the mock stops, and on POST %s/__docmock/pact)%n",
                    recordPact, server.baseUrl());
        }
        out.printf("docmock serving %s at %s (%s); Ctrl-C stops it%n", DocsOutput.operations(model),
                server.baseUrl(), noAdmin ? "admin API off" : "admin API at " + server.baseUrl() + "/__admin"
                        + (adminToken != null ? ", with a token" : ""));
        out.flush();
        return ExitCodes.RUNNING;
    }

    /** Watches the folders served, unless told not to or serving the packaged seeds (which cannot change). */
    private DocsWatcher watch(DocMockServer server, DocsModel first, PrintWriter out, PrintWriter err) {
        if (noWatch || docs.docs == null || docs.docs.isEmpty()) {
            return null;
        }
        LastGoodDocs served = new LastGoodDocs();
        served.merge(first);
        server.warnings(first.warnings().stream().map(Object::toString).toList());
        try {
            return new DocsWatcher(docs.docs, () -> {
                DocsModel fresh = docs.read(null);
                LastGoodDocs.Merged merged = served.merge(fresh);
                List<String> warnings = new ArrayList<>(fresh.warnings().stream().map(Object::toString).toList());
                merged.kept().forEach(file -> warnings.add(file + ": could not be read; its last good version is"
                        + " served"));
                server.reload(merged.operations(), fresh.wsdls());
                server.warnings(warnings);
                out.printf("docmock reloaded the docs: %d operations%n", merged.operations().size());
                warnings.forEach(warning -> err.println("docmock: " + warning));
                out.flush();
            }, err);
        } catch (java.io.IOException e) {
            err.println("docmock: cannot watch the docs (they are served as read): " + e.getMessage());
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

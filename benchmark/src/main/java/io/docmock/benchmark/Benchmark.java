package io.docmock.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * docmock against stock wiremock-standalone, MockServer and the ceiling (bare Jetty) on the same synthetic docs,
 * N = 1, 1,000 and 10,000 operations of each kind: the servers run side by side, are warmed up, then driven in turn
 * with the same load (keep-alive, 16 connections) on the last REST and the last SOAP operation, in rounds that each
 * start with the next server; each figure is the median of the rounds. The smallest size's docmock keeps running and
 * is driven again in every larger size's rounds, so that the ratio of the two is measured at one time. docmock is
 * started twice at each size: with an empty parse cache, then from the cache (measured). Then docmock is only
 * started on 50,000 pages in -Xmx1g. Prints one table with shares, ratios, the machine and its load. Asserts nothing.
 *
 * <p>Run from the project root after {@code mvn -B -q package -DskipTests}:
 * {@code java -jar benchmark/target/docmock-benchmark.jar}. Options: {@code --sizes 1,1000,10000},
 * {@code --startup-size 50000} (0: none), {@code --warmup 10} (seconds per server), {@code --measure 3} (seconds
 * per run), {@code --rounds 3}, {@code --connections 16}, {@code --client java} (the Java client even where wrk is
 * installed), {@code --wrk-threads 1}. One wrk thread drives 16 connections at more than twice the rate any server
 * here reaches; a second one only takes CPU from the server on the same cores, and when the scheduler puts either
 * wrk thread aside, the answers it has not read yet count as latency of the server.
 */
public final class Benchmark {
    /** The newest mockserver-netty that resolves from Maven Central here (9.x does not); as in the POM. */
    private static final String MOCKSERVER = "7.6.0";
    private static final long STARTED = System.nanoTime();

    /** One server at one size; {@code coldStartup} is docmock's first start, with no parse cache (else 0). */
    private record Measured(String server, int n, double startup, double coldStartup, LoadClient.Result rest,
                            LoadClient.Result soap, double rssMiB, double heapMiB) {
    }

    /** docmock's first answer at a size, started with an empty parse cache and again with the cache it left. */
    private record Startup(int n, double cold, double cached) {
    }

    private final Map<String, String> options;
    private final Path work;
    private final Path docmockJar;
    private final Path stockJar;
    private final Path mockServerLib;

    private Benchmark(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(options.getOrDefault("work", "benchmark/target/work")).toAbsolutePath();
        this.docmockJar = Path.of(options.getOrDefault("docmock-jar", "cli/target/docmock.jar")).toAbsolutePath();
        this.stockJar = Path.of(options.getOrDefault("wiremock-jar", "benchmark/target/lib/wiremock-standalone.jar"))
                .toAbsolutePath();
        this.mockServerLib = Path.of(options.getOrDefault("mockserver-lib", "benchmark/target/lib/mockserver"))
                .toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new Benchmark(options).run());
    }

    /** The JVM options of the measured docmock, and of MockServer, so that both get the same heap. */
    private String javaOptions() {
        return options.getOrDefault("docmock-java-options", "-Xmx512m");
    }

    private int number(String name, int otherwise) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
    }

    private int run() throws Exception {
        for (Path jar : List.of(docmockJar, stockJar, mockServerLib.resolve("mockserver-netty-" + MOCKSERVER + ".jar"))) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("benchmark: " + jar + " not found; build first: mvn -B -q package -DskipTests");
                return 2;
            }
        }
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "1,1000,10000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        List<Measured> results = new ArrayList<>();
        Map<Integer, Measured> alongside = new LinkedHashMap<>();
        String loadBefore = loadAverage();
        // the smallest size's docmock keeps running, and is measured again in every larger size's rounds: the
        // ratio between them must not depend on the machine's speed minutes apart
        Target smallest = null;
        try {
            for (int i = 0; i < sizes.size(); i++) {
                boolean keep = i == 0 && sizes.size() > 1;
                Stage stage = measure(sizes.get(i), smallest, keep);
                results.addAll(stage.measured());
                if (keep) {
                    smallest = stage.docmock();
                }
                if (stage.alongside() != null) {
                    alongside.put(stage.measured().get(0).n(), stage.alongside());
                }
            }
        } finally {
            if (smallest != null) {
                smallest.server().close();
            }
        }
        int startupSize = number("startup-size", 50_000);
        Startup largest = startupSize > 0 ? startupOnly(startupSize) : null;
        print(results, alongside, number("connections", 16) + " keep-alive connections, load from "
                + (usesWrk() ? "wrk (" + number("wrk-threads", 1) + " thread)" : "the Java client"),
                "load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAverage() + "; the run took "
                        + elapsed());
        if (largest != null) {
            System.out.printf(Locale.ROOT, "%ndocmock at %d pages (started only, -Xmx1g): first answer %.2f s at the"
                            + " first start, %.2f s from the parse cache (target: under 10 s)%n", largest.n(),
                    largest.cold(), largest.cached());
        }
        return 0;
    }

    /** The machine's load averages, from /proc/loadavg; "unknown" elsewhere. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).strip().split(" ");
        return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    /** A running server and the load aimed at its docs. */
    private record Target(String label, ServerProcess server, Load rest, Load soap) {
    }

    /**
     * One size's figures; the docmock server when it is kept running for a later size, and the figures of the
     * smaller docmock measured alongside this size, when there was one.
     */
    private record Stage(List<Measured> measured, Target docmock, Measured alongside) {
    }

    private Stage measure(int n, Target smaller, boolean keepDocmock) throws Exception {
        log("N = " + n + ": writing docs");
        SyntheticDocs.Docs docs = SyntheticDocs.write(work.resolve("docs-" + n), n);
        Path stockRoot = generateMappings(docs, n);
        String restMethod = docs.restPath().contains("/Agents/") ? "POST" : "GET";
        HttpTarget.RawRequest rest = HttpTarget.RawRequest.of(restMethod, docs.restPath(), null, null);
        HttpTarget.RawRequest soap = HttpTarget.RawRequest.of("POST", docs.soapPath(),
                "application/soap+xml; charset=utf-8", docs.soapBody());

        log("N = " + n + ": docmock's first start, with an empty parse cache");
        Startup startup = startTwice(docs, n, rest, javaOptions());
        log("N = " + n + ": starting docmock (-Xmx512m) from its cache, stock WireMock, MockServer " + MOCKSERVER
                + " and the ceiling");
        ServerProcess docmock = startDocmock(docs, n, rest, javaOptions());
        boolean kept = false;
        try (ServerProcess stock = startStock(stockRoot, n, rest);
             ServerProcess mockServer = startMockServer(docs, n, rest);
             ServerProcess ceiling = startCeiling(n, rest)) {
            for (ServerProcess server : List.of(docmock, stock, mockServer)) {
                checkAndBuildStubs(server, List.of(rest, soap));
            }
            Load restLoad = load("rest-" + n, restMethod, docs.restPath(), null, null);
            Load soapLoad = load("soap-" + n, "POST", docs.soapPath(), "application/soap+xml; charset=utf-8",
                    docs.soapBody());
            List<Target> targets = new ArrayList<>(List.of(new Target("docmock", docmock, restLoad, soapLoad),
                    new Target("wiremock", stock, restLoad, soapLoad),
                    new Target("mockserver", mockServer, restLoad, soapLoad),
                    new Target("ceiling", ceiling, restLoad, soapLoad)));
            int own = targets.size();
            warmUp(targets, n);
            if (smaller != null) {
                targets.add(smaller); // warmed at its own size and driven again in every round since
            }
            Map<String, List<LoadClient.Result>> runs = rounds(targets, n);
            List<Measured> measured = new ArrayList<>();
            for (Target target : targets.subList(0, own)) {
                boolean isDocmock = target.server() == docmock;
                measured.add(new Measured(target.label(), docs.operations(),
                        isDocmock ? startup.cached() : target.server().startupSeconds, isDocmock ? startup.cold() : 0,
                        combine(runs.get(target.label() + " rest")), combine(runs.get(target.label() + " soap")),
                        target.server().residentMiB(), target.server().heapAfterFullGcMiB()));
            }
            Measured alongside = smaller == null ? null : new Measured(smaller.label(), -1, 0, 0,
                    combine(runs.get(smaller.label() + " rest")), combine(runs.get(smaller.label() + " soap")), 0, 0);
            kept = keepDocmock;
            return new Stage(measured, kept ? new Target("docmock at N = " + n, docmock, restLoad, soapLoad) : null,
                    alongside);
        } finally {
            if (!kept) {
                docmock.close();
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The mapping files stock WireMock serves: what {@code docmock generate} writes for the same docs. */
    private Path generateMappings(SyntheticDocs.Docs docs, int n) throws IOException, InterruptedException {
        Path stockRoot = work.resolve("stock-" + n);
        Process generate = new ProcessBuilder(java(), "-jar", docmockJar.toString(), "generate",
                docs.folder().toString(), "--out", stockRoot.toString(), "--no-cache").redirectErrorStream(true)
                .redirectOutput(work.resolve("generate-" + n + ".log").toFile()).start();
        if (generate.waitFor() != 0) {
            throw new IOException("docmock generate failed; see " + work.resolve("generate-" + n + ".log"));
        }
        return stockRoot;
    }

    /** docmock serving the docs, its parse cache in the work folder (not the user's). */
    private ServerProcess startDocmock(SyntheticDocs.Docs docs, int n, HttpTarget.RawRequest firstRequest,
                                       String javaOptions) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(javaOptions.split(" ")));
        command.addAll(List.of("-jar", docmockJar.toString(), "serve", docs.folder().toString(), "--port",
                String.valueOf(port), "--no-watch", "--cache-dir", work.resolve("cache-" + n).toString()));
        return ServerProcess.start("docmock", command, port, firstRequest, work.resolve("docmock-" + n + ".log"));
    }

    /**
     * docmock started with an empty parse cache and stopped, then started from the cache that start left: what
     * a first start and every later one take to the first answer.
     */
    private Startup startTwice(SyntheticDocs.Docs docs, int n, HttpTarget.RawRequest firstRequest,
                               String javaOptions) throws IOException, InterruptedException {
        deleteTree(work.resolve("cache-" + n));
        double cold;
        try (ServerProcess first = startDocmock(docs, n, firstRequest, javaOptions)) {
            cold = first.startupSeconds;
        }
        try (ServerProcess cached = startDocmock(docs, n, firstRequest, javaOptions)) {
            return new Startup(n, cold, cached.startupSeconds);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * The largest docs only started, not driven: {@code --startup-size} pages (the five service versions of the
     * whole reference, twice over), in {@code -Xmx1g}.
     */
    private Startup startupOnly(int n) throws IOException, InterruptedException {
        log("N = " + n + ": writing docs for the startup rows");
        SyntheticDocs.Docs docs = SyntheticDocs.write(work.resolve("docs-" + n), n);
        String method = docs.restPath().contains("/Agents/") ? "POST" : "GET";
        log("N = " + n + ": docmock's first start and a start from its cache (-Xmx1g)");
        return startTwice(docs, n, HttpTarget.RawRequest.of(method, docs.restPath(), null, null), "-Xmx1g");
    }

    private ServerProcess startStock(Path stockRoot, int n, HttpTarget.RawRequest firstRequest)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        return ServerProcess.start("wiremock", List.of(java(), "-jar", stockJar.toString(), "--port",
                String.valueOf(port), "--bind-address", "127.0.0.1", "--root-dir", stockRoot.toString(),
                "--disable-request-logging", "--no-request-journal"), port, firstRequest,
                work.resolve("wiremock-" + n + ".log"));
    }

    /**
     * MockServer as its own process, its logging at WARN (at INFO it writes every request to the console), as
     * many expectations allowed as the docs have operations, loaded through its REST API before the first answer is
     * timed.
     */
    private ServerProcess startMockServer(SyntheticDocs.Docs docs, int n, HttpTarget.RawRequest firstRequest)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(javaOptions().split(" ")));
        command.addAll(List.of("-Dmockserver.logLevel=WARN",
                "-Dmockserver.maxExpectations=" + (docs.documented().size() + 100),
                "-cp", mockServerLib + java.io.File.separator + "*", "org.mockserver.cli.Main",
                "-serverPort", String.valueOf(port)));
        return ServerProcess.start("mockserver", command, port,
                HttpTarget.RawRequest.of("PUT", "/mockserver/status", null, null),
                p -> MockServerExpectations.load(p, docs.documented()), firstRequest,
                work.resolve("mockserver-" + n + ".log"));
    }

    /** The ceiling: bare Jetty (the one inside wiremock-standalone) answering 50 bytes to anything. */
    private ServerProcess startCeiling(int n, HttpTarget.RawRequest firstRequest)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        String self;
        try {
            self = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return ServerProcess.start("ceiling", List.of(java(), "-cp", self + java.io.File.pathSeparator + stockJar,
                BareJetty.class.getName(), String.valueOf(port)), port, firstRequest,
                work.resolve("ceiling-" + n + ".log"));
    }

    /**
     * Each benchmark request gets 200; then the admin API lists the stubs. docmock builds an operation's stubs when
     * a request first needs them, or when the admin API lists them: listing makes every stub be in memory for the
     * measurements, as after a full test suite.
     */
    private static void checkAndBuildStubs(ServerProcess server, List<HttpTarget.RawRequest> requests)
            throws IOException {
        for (HttpTarget.RawRequest request : requests) {
            try (HttpTarget target = new HttpTarget(server.port)) {
                int status = target.exchange(request);
                if (status != 200) {
                    throw new IOException(server.name + " answered " + status + " to the benchmark request");
                }
            }
        }
        try (HttpTarget target = new HttpTarget(server.port)) {
            target.exchange(HttpTarget.RawRequest.of("GET", "/__admin/mappings?limit=1", null, null));
        }
    }

    private void warmUp(List<Target> targets, int n) throws IOException, InterruptedException {
        int warmup = number("warmup", 10);
        for (Target target : targets) {
            log("N = " + n + ": warming " + target.label() + " for " + warmup + " s");
            target.rest().run(target.server().port, warmup / 2.0);
            target.soap().run(target.server().port, warmup / 2.0);
        }
    }

    /** Every target's REST and SOAP runs, by {@code "<label> rest"} and {@code "<label> soap"}, a run per round. */
    private Map<String, List<LoadClient.Result>> rounds(List<Target> targets, int n)
            throws IOException, InterruptedException {
        double seconds = number("measure", 3);
        List<ServerProcess> servers = targets.stream().map(Target::server).toList();
        Map<String, List<LoadClient.Result>> runs = new LinkedHashMap<>();
        for (int round = 0; round < number("rounds", 3); round++) {
            // each round starts with the next server, so that no server is always measured after another
            for (int turn = 0; turn < targets.size(); turn++) {
                Target target = targets.get((turn + round) % targets.size());
                log("N = " + n + ": measuring " + target.label() + ", round " + (round + 1));
                awaitIdle(servers);
                runs.computeIfAbsent(target.label() + " rest", k -> new ArrayList<>())
                        .add(target.rest().run(target.server().port, seconds));
                awaitIdle(servers);
                runs.computeIfAbsent(target.label() + " soap", k -> new ArrayList<>())
                        .add(target.soap().run(target.server().port, seconds));
            }
        }
        return runs;
    }

    private static void awaitIdle(List<ServerProcess> servers) throws IOException, InterruptedException {
        ServerProcess.awaitIdle(servers);
    }

    /** The same load on any server: wrk where installed, else the Java client. */
    private interface Load {
        LoadClient.Result run(int port, double seconds) throws IOException, InterruptedException;
    }

    private Load load(String name, String method, String path, String contentType, String body) throws IOException {
        int connections = number("connections", 16);
        if (usesWrk()) {
            Path script = WrkClient.script(work, name, method, contentType, body);
            int threads = number("wrk-threads", 1);
            return (port, seconds) -> WrkClient.run(port, path, script, connections, threads, seconds);
        }
        HttpTarget.RawRequest request = HttpTarget.RawRequest.of(method, path, contentType, body);
        return (port, seconds) -> LoadClient.run(port, request, connections, seconds);
    }

    private boolean usesWrk() {
        return WrkClient.available() && !"java".equals(options.get("client"));
    }

    /**
     * The median run of each figure (requests/s, p50, p99: each the middle of the rounds, so one run disturbed by
     * the machine moves none of them); errors add up. Never an average of percentiles.
     */
    private static LoadClient.Result combine(List<LoadClient.Result> runs) {
        long errors = runs.stream().mapToLong(LoadClient.Result::errors).sum();
        double perSecond = median(runs.stream().mapToDouble(LoadClient.Result::perSecond).toArray());
        double p50 = median(runs.stream().mapToDouble(LoadClient.Result::p50Micros).toArray());
        double p99 = median(runs.stream().mapToDouble(LoadClient.Result::p99Micros).toArray());
        double seconds = runs.stream().mapToDouble(LoadClient.Result::seconds).sum();
        return new LoadClient.Result(Math.round(perSecond * seconds), errors, seconds, Math.round(p50),
                Math.round(p99));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void log(String line) {
        System.err.println("benchmark " + elapsed() + ": " + line);
    }

    /** Minutes and seconds since the benchmark started. */
    private static String elapsed() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - STARTED);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static void print(List<Measured> results, Map<Integer, Measured> alongside, String load,
                              String busy) throws IOException {
        System.out.println();
        System.out.println("docmock vs stock WireMock 3.13.2, MockServer " + MOCKSERVER + " and the ceiling (bare"
                + " Jetty), same synthetic docs, " + load + "; each figure the median of the rounds, after a warm-up");
        System.out.println("ops: REST + SOAP operations in the docs (the smallest size is one of each)");
        System.out.println(machine());
        System.out.println(busy);
        System.out.println();
        System.out.println("start s: process start to the first answer (docmock: from its parse cache; first start,"
                + " with no cache, in brackets)");
        System.out.printf(Locale.ROOT, "%-10s %7s %15s %10s %8s %8s %10s %8s %8s %8s %9s %6s%n", "server", "ops",
                "start s", "REST rq/s", "p50 ms", "p99 ms", "SOAP rq/s", "p50 ms", "p99 ms", "RSS MiB", "heap MiB",
                "errors");
        for (Measured m : results) {
            String start = m.coldStartup() > 0
                    ? String.format(Locale.ROOT, "%.2f (%.2f)", m.startup(), m.coldStartup())
                    : String.format(Locale.ROOT, "%.2f", m.startup());
            System.out.printf(Locale.ROOT, "%-10s %7d %15s %10.0f %8.2f %8.2f %10.0f %8.2f %8.2f %8.0f %9.0f %6d%n",
                    m.server(), m.n(), start, m.rest().perSecond(), m.rest().p50Micros() / 1000.0,
                    m.rest().p99Micros() / 1000.0, m.soap().perSecond(), m.soap().p50Micros() / 1000.0,
                    m.soap().p99Micros() / 1000.0, m.rssMiB(), m.heapMiB(), m.rest().errors() + m.soap().errors());
        }
        Measured smallest = find(results, "docmock", true);
        for (Measured docmock : results) {
            if (!docmock.server().equals("docmock")) {
                continue;
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "docmock at %d ops:%n", docmock.n());
            Measured ceiling = at(results, "ceiling", docmock.n());
            if (ceiling != null) {
                System.out.printf(Locale.ROOT, "  share of the ceiling (bare Jetty answering 50 B to anything, same"
                                + " rounds): REST %.0f%% (target at the largest size: at least 60%%), SOAP %.0f%%%n",
                        100 * docmock.rest().perSecond() / ceiling.rest().perSecond(),
                        100 * docmock.soap().perSecond() / ceiling.soap().perSecond());
            }
            Measured small = alongside.get(docmock.n());
            if (small != null && smallest != null) {
                System.out.printf(Locale.ROOT, "  vs docmock at %d ops, both running and measured in the same rounds:"
                                + " REST %.0f%% (%.0f vs %.0f), SOAP %.0f%% (%.0f vs %.0f) (target: at least 90%%)%n",
                        smallest.n(), 100 * docmock.rest().perSecond() / small.rest().perSecond(),
                        docmock.rest().perSecond(), small.rest().perSecond(),
                        100 * docmock.soap().perSecond() / small.soap().perSecond(),
                        docmock.soap().perSecond(), small.soap().perSecond());
            }
            for (String other : List.of("wiremock", "mockserver")) {
                Measured peer = at(results, other, docmock.n());
                if (peer != null) {
                    System.out.printf(Locale.ROOT, "  vs %s: REST %.1fx, SOAP %.1fx the requests/s (target: ahead at"
                                    + " every size); first answer %.2f s vs %.2f s%n", other,
                            docmock.rest().perSecond() / peer.rest().perSecond(),
                            docmock.soap().perSecond() / peer.soap().perSecond(), docmock.startup(), peer.startup());
                }
            }
            System.out.printf(Locale.ROOT, "  p99 REST %.2f ms, SOAP %.2f ms (target: under 5 ms); first answer %.2f s"
                            + " after start from the parse cache, %.2f s at the first start (target at 10,000: under"
                            + " 3 s); heap after full GC %.0f MiB, run with -Xmx512m%n",
                    docmock.rest().p99Micros() / 1000.0, docmock.soap().p99Micros() / 1000.0, docmock.startup(),
                    docmock.coldStartup(), docmock.heapMiB());
        }
    }

    private static Measured find(List<Measured> results, String server, boolean smallest) {
        Measured found = null;
        for (Measured m : results) {
            if (m.server().equals(server) && (found == null || (smallest ? m.n() < found.n() : m.n() > found.n()))) {
                found = m;
            }
        }
        return found;
    }

    private static Measured at(List<Measured> results, String server, int n) {
        return results.stream().filter(m -> m.server().equals(server) && m.n() == n).findFirst().orElse(null);
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "machine: %d cores, %s, %.0f GiB, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}

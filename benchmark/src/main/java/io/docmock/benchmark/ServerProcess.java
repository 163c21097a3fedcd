package io.docmock.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server under test in its own JVM: started, timed to its first answer, measured, stopped. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    final String name;
    final int port;
    final double startupSeconds;
    private final Process process;

    private ServerProcess(String name, int port, Process process, double startupSeconds) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startupSeconds = startupSeconds;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the command and waits until the probe request is answered 200; startup is process start to then. */
    static ServerProcess start(String name, List<String> command, int port, HttpTarget.RawRequest probe, Path log)
            throws IOException, InterruptedException {
        return start(name, command, port, probe, null, probe, log);
    }

    /** What a server that is not given the docs needs before it can answer: its stubs, through its own API. */
    interface Preparation {
        void prepare(int port) throws IOException, InterruptedException;
    }

    /**
     * Starts the command, waits until {@code ready} is answered 200, prepares the server, then sends the probe,
     * which must be answered 200; startup is process start to the probe's answer.
     */
    static ServerProcess start(String name, List<String> command, int port, HttpTarget.RawRequest ready,
                               Preparation preparation, HttpTarget.RawRequest probe, Path log)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        // in the work folder: MockServer writes its CA certificate into the folder it runs in
        Process process = new ProcessBuilder(command).directory(log.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            return awaitFirstAnswer(name, process, started, port, ready, preparation, probe, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly(); // a server that did not start is not left running
            throw e;
        }
    }

    private static ServerProcess awaitFirstAnswer(String name, Process process, long started, int port,
                                                  HttpTarget.RawRequest ready, Preparation preparation,
                                                  HttpTarget.RawRequest probe, Path log)
            throws IOException, InterruptedException {
        // stock WireMock took 170 to over 300 s to load the 10,000-operation mappings on this machine
        long deadline = started + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited during startup; see " + log + ":\n" + tail(log));
            }
            int status;
            try (HttpTarget target = new HttpTarget(port)) {
                status = target.exchange(ready);
            } catch (java.net.SocketException e) {
                Thread.sleep(10);
                continue;
            }
            if (status == 200 && preparation != null) {
                preparation.prepare(port);
                try (HttpTarget target = new HttpTarget(port)) {
                    status = target.exchange(probe);
                }
            }
            if (status == 200) {
                return new ServerProcess(name, port, process, (System.nanoTime() - started) / 1e9);
            }
            throw new IOException(name + " answered the probe with " + status + "; see " + log);
        }
        throw new IOException(name + " did not answer within 600 s");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /**
     * Waits (at most 60 s) until each of these processes uses under 5% of a core, looking at all of them over the
     * same quarter seconds: a slow server still works through the requests of the last run after the client has
     * gone, and must not steal the CPU of the next measurement.
     */
    static void awaitIdle(List<ServerProcess> servers) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long ticksPerSecond = 100; // USER_HZ on Linux
        long window = 250;
        long[] before = new long[servers.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = servers.get(i).cpuTicks();
        }
        while (System.nanoTime() < deadline) {
            Thread.sleep(window);
            boolean idle = true;
            for (int i = 0; i < before.length; i++) {
                long now = servers.get(i).cpuTicks();
                if (now >= 0 && (now - before[i]) * 1000 / ticksPerSecond * 1000 / window >= 50) {
                    idle = false;
                }
                before[i] = now;
            }
            if (idle) {
                return;
            }
        }
    }

    /** utime + stime of the process from /proc, or -1 where there is no /proc. */
    private long cpuTicks() throws IOException {
        Path stat = Path.of("/proc/" + process.pid() + "/stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Resident memory of the process, in MiB (Linux). */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    /** Heap in use after a full GC, in MiB, from jcmd; -1 when jcmd cannot tell. */
    double heapAfterFullGcMiB() {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(List.of(jcmd, String.valueOf(process.pid()), "GC.run"));
            String info = run(List.of(jcmd, String.valueOf(process.pid()), "GC.heap_info"));
            Matcher matcher = HEAP_USED.matcher(info);
            return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

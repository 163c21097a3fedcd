package io.docmock.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load from wrk, where it is installed: lighter on the CPU the server shares than a Java client. */
final class WrkClient {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private WrkClient() {
    }

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** A wrk script sending this method, body and Content-Type. */
    static Path script(Path folder, String name, String method, String contentType, String body) throws IOException {
        StringBuilder lua = new StringBuilder("wrk.method = \"" + method + "\"\n");
        if (contentType != null) {
            lua.append("wrk.headers[\"Content-Type\"] = \"").append(contentType.replace("\"", "\\\"")).append("\"\n");
        }
        if (body != null) {
            lua.append("wrk.body = [==[").append(body).append("]==]\n");
        }
        Path file = folder.resolve(name + ".lua");
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        return file;
    }

    static LoadClient.Result run(int port, String path, Path script, int connections, int threads, double seconds)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + (int) seconds + "s",
                "--latency", "-s", script.toString(), "http://127.0.0.1:" + port + path))
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(60 + (long) seconds, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        Matcher requests = REQUESTS.matcher(out);
        Matcher rate = RATE.matcher(out);
        if (!requests.find() || !rate.find()) {
            throw new IOException("cannot read wrk's output:\n" + out);
        }
        long count = Long.parseLong(requests.group(1));
        double perSecond = Double.parseDouble(rate.group(1));
        Matcher errors = ERRORS.matcher(out);
        return new LoadClient.Result(count, errors.find() ? Long.parseLong(errors.group(1)) : 0,
                perSecond > 0 ? count / perSecond : seconds, percentile(out, "50%"), percentile(out, "99%"));
    }

    /** A latency percentile from wrk's --latency table, in microseconds. */
    private static long percentile(String out, String label) throws IOException {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!matcher.find()) {
            throw new IOException("no " + label + " latency in wrk's output:\n" + out);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> (long) value;
            case "ms" -> (long) (value * 1000);
            default -> (long) (value * 1_000_000);
        };
    }
}

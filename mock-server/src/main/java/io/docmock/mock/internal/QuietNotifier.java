package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WireMock's own log: errors only, the first line of each, cut to a bounded length, and the same line at most once
 * a minute (with a count of those left out): a client that makes WireMock complain on every request cannot fill
 * the developer's terminal. Request logging is {@link RequestHistory}'s job.
 */
public final class QuietNotifier implements Notifier {
    private static final int MAX_LINE = 300;
    private static final long QUIET_MILLIS = 60_000;
    private static final int REMEMBERED = 1_000;

    private final PrintWriter err;
    private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();
    private final Map<String, Integer> leftOut = new ConcurrentHashMap<>();

    public QuietNotifier(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void error(String message) {
        print(message);
    }

    @Override
    public void error(String message, Throwable t) {
        print(message + (t == null ? "" : " (" + t + ")"));
    }

    private void print(String message) {
        String line = firstLine(message);
        long now = System.currentTimeMillis();
        Long last = lastPrinted.get(line);
        if (last != null && now - last < QUIET_MILLIS) {
            leftOut.merge(line, 1, Integer::sum);
            return;
        }
        if (lastPrinted.size() > REMEMBERED) {
            lastPrinted.clear();
        }
        lastPrinted.put(line, now);
        Integer repeats = leftOut.remove(line);
        synchronized (err) {
            err.println("docmock: " + line + (repeats == null ? "" : " (and " + repeats + " times more in the last"
                    + " minute)"));
            err.flush();
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline).strip();
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...";
    }
}

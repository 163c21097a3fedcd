package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.io.PrintWriter;

/** WireMock's own log: errors only, one line each; request logging is {@link RequestHistory}'s job. */
public final class QuietNotifier implements Notifier {
    private final PrintWriter err;

    public QuietNotifier(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void error(String message) {
        err.println("docmock: " + message);
        err.flush();
    }

    @Override
    public void error(String message, Throwable t) {
        err.println("docmock: " + message + (t == null ? "" : " (" + t + ")"));
        err.flush();
    }
}

package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.PrintWriter;

/** With {@code --verbose}: one line per request, what it was and what answered it. */
public final class RequestLog implements ServeEventListener {
    private final PrintWriter out;

    public RequestLog(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String getName() {
        return "docmock-request-log";
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        StubMapping stub = serveEvent.getStubMapping();
        String matched = serveEvent.getWasMatched() && stub != null && stub.getName() != null
                ? stub.getName() : "no documented operation";
        int status = serveEvent.getResponse() == null ? 0 : serveEvent.getResponse().getStatus();
        synchronized (out) {
            out.printf("%s %s -> %d (%s)%n", serveEvent.getRequest().getMethod(), serveEvent.getRequest().getUrl(),
                    status, matched);
            out.flush();
        }
    }
}

package io.docmock.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.AbstractHandler;
import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The ceiling: the smallest server the Jetty inside wiremock-standalone makes, a handler that reads the request body
 * and answers a 50-byte JSON body with its Content-Length, whatever was asked. What this machine can serve over
 * HTTP/1.1 from one JVM; the benchmark shows every docmock figure as a share of it. Run as its own process:
 * {@code java -cp docmock-benchmark.jar:wiremock-standalone.jar io.docmock.benchmark.BareJetty PORT}.
 */
public final class BareJetty {
    static final byte[] ANSWER = "{\"Success\": true, \"Message\": \"the ceiling's 50 B\"}"
            .getBytes(StandardCharsets.UTF_8);

    private BareJetty() {
    }

    public static void main(String[] args) throws Exception {
        // as many workers as docmock's default, so that both are given the same threads
        QueuedThreadPool threads = new QueuedThreadPool(Runtime.getRuntime().availableProcessors() + 1 + 4);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                try (InputStream body = request.getInputStream()) {
                    body.readAllBytes();
                }
                response.setStatus(200);
                response.setContentType("application/json");
                response.setContentLength(ANSWER.length);
                response.getOutputStream().write(ANSWER);
                base.setHandled(true);
            }
        });
        server.start();
        server.join();
    }
}

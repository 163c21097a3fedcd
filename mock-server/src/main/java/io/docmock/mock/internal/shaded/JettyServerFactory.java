package io.docmock.mock.internal.shaded;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;

/** WireMock's extension point for its HTTP server: docmock's guarded Jetty server. */
public final class JettyServerFactory implements HttpServerFactory {
    private final ServerGuards guards;

    public JettyServerFactory(ServerGuards guards) {
        this.guards = guards;
    }

    ServerGuards guards() {
        return guards;
    }

    @Override
    public String getName() {
        return "docmock-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new JettyServer(options, admin, stubs);
    }
}

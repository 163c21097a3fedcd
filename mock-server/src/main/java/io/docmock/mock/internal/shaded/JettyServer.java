package io.docmock.mock.internal.shaded;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.ConnectionFactory;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.StatisticsHandler;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHolder;
import wiremock.org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty server with docmock's guards, added through the decoration hooks WireMock offers for this:
 * request bodies read without holding a thread and within their limit ({@link BodyGate}), the admin API and
 * docmock's pages kept to the developer ({@link AdminGate}) and without CORS of their own, errors as problem JSON
 * ({@link ProblemErrors}), and requests in flight finished when the server stops.
 */
final class JettyServer extends Jetty11HttpServer {
    /** Answer headers a page may read besides the always-readable ones; {@code *} where no credentials are sent. */
    private static final String EXPOSED = "*,ETag,Last-Modified,Location,Link";

    // set by createHandler, which WireMock's constructor calls before this class's fields could be initialised
    private ServerGuards guards;
    private BodyGate bodies;

    JettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        super(options, admin, stubs);
    }

    @Override
    protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        guards = guardsOf(options);
        bodies = new BodyGate(guards);
        // graceful stop: the statistics handler lets requests in flight finish, up to the stop timeout
        StatisticsHandler inFlight = new StatisticsHandler();
        inFlight.setHandler(super.createHandler(options, admin, stubs));
        return inFlight;
    }

    /**
     * Stops accepting, lets the requests in flight finish (up to the stop timeout), then stops as WireMock does:
     * WireMock alone would close every connection at once, answers on their way out included.
     */
    @Override
    public void stop() {
        try {
            jettyServer.stop();
        } catch (Exception e) {
            // WireMock's own stop below still closes what is left
        }
        super.stop();
    }

    @Override
    protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
                                                  NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
        for (ConnectionFactory factory : connector.getConnectionFactories()) {
            if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                // Jetty would wait for the first body byte before dispatching: a declared length over the limit
                // must get its 413 without any
                http.getHttpConfiguration().setDelayDispatchUntilContent(false);
            }
        }
        return connector;
    }

    @Override
    protected void applyAdditionalServerConfiguration(Server server, Options options) {
        super.applyAdditionalServerConfiguration(server, options);
        // called before createHandler: the guards come from the options here
        server.setErrorHandler(new ProblemErrors(guardsOf(options).refusals()));
    }

    @Override
    protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        guard(context, false);
    }

    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new ProblemErrors(guards.refusals()));
        // bodies are read asynchronously; WireMock's servlet answers delayed stubs asynchronously already
        for (ServletHolder servlet : context.getServletHandler().getServlets()) {
            servlet.setAsyncSupported(true);
        }
    }

    @Override
    protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextBeforeConfig(context);
        guard(context, true);
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextAfterConfig(context);
        context.setErrorHandler(new ProblemErrors(guards.refusals()));
        withoutCors(context.getServletHandler());
    }

    /**
     * For every request of the context: CORS first (the documented operations only, so that every answer, refusals
     * included, carries it), then who may ask, then the body within its limit.
     */
    private void guard(ServletContextHandler context, boolean admin) {
        if (!admin && !guards.corsOrigins().isEmpty()) {
            addFilter(context, cors(guards.corsOrigins()));
        }
        addFilter(context, new FilterHolder(new AdminGate(guards, bodies, admin)));
        addFilter(context, new FilterHolder(bodies));
    }

    /**
     * CORS as browsers need it for fetch with credentials: the request's own origin back (when allowed) with
     * {@code Access-Control-Allow-Credentials} and {@code Vary: Origin}, and a preflight answered with the method
     * and the headers it asked for (OpenTelemetry's {@code traceparent}, say). Jetty's own filter.
     */
    private static FilterHolder cors(List<String> origins) {
        FilterHolder config = new FilterHolder(new CrossOriginFilter());
        config.setInitParameter(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins));
        config.setInitParameter(CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS");
        config.setInitParameter(CrossOriginFilter.ALLOWED_HEADERS_PARAM, "*");
        config.setInitParameter(CrossOriginFilter.EXPOSED_HEADERS_PARAM, EXPOSED);
        config.setInitParameter(CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "true");
        config.setInitParameter(CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "600");
        config.setInitParameter(CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        return config;
    }

    private static ServerGuards guardsOf(Options options) {
        return ((JettyServerFactory) options.httpServerFactory()).guards();
    }

    private static void addFilter(ServletContextHandler context, FilterHolder holder) {
        holder.setAsyncSupported(true);
        context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    }

    /** WireMock's admin API allows every origin, with credentials; docmock's answers only its own. */
    private static void withoutCors(ServletHandler servlets) {
        FilterHolder[] kept = Arrays.stream(servlets.getFilters())
                .filter(holder -> !CrossOriginFilter.class.getName().equals(holder.getClassName()))
                .toArray(FilterHolder[]::new);
        FilterMapping[] mappings = Arrays.stream(servlets.getFilterMappings())
                .filter(mapping -> Arrays.stream(kept).anyMatch(holder -> holder.getName().equals(mapping.getFilterName())))
                .toArray(FilterMapping[]::new);
        servlets.setFilters(kept);
        servlets.setFilterMappings(mappings);
    }
}

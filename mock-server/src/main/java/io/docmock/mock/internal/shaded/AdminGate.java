package io.docmock.mock.internal.shaded;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the admin API and docmock's own pages to the developer: a request whose {@code Host} is not a loopback
 * name (nor one allowed with {@code --allow-host}) is refused, which a DNS-rebinding page cannot get past; so is
 * one whose {@code Origin} is another site, which is how a web page open in the developer's browser would reach
 * {@code /__admin/shutdown}. With the admin API turned off, {@code /__admin} answers 404.
 */
final class AdminGate extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final ServerGuards guards;
    private final BodyGate answers;
    private final boolean adminContext;

    AdminGate(ServerGuards guards, BodyGate answers, boolean adminContext) {
        this.guards = guards;
        this.answers = answers;
        this.adminContext = adminContext;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!adminContext && !request.getRequestURI().startsWith("/__docmock/")) {
            chain.doFilter(request, response);
            return;
        }
        if (adminContext && !guards.adminEnabled()) {
            answers.refuse(request, response, 404, "No admin API", "the admin API is turned off (--no-admin)");
            return;
        }
        // the Host header, or HTTP/2's :authority: the server name the client asked for
        String host = hostName(request.getServerName());
        if (host == null || !isLoopback(host) && !guards.allowedHosts().contains(host)) {
            answers.refuse(request, response, 403, "Host not allowed", "the admin API and docmock's pages answer"
                    + " loopback host names and those given with --allow-host; not " + request.getServerName());
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            answers.refuse(request, response, 403, "Origin not allowed", "the admin API and docmock's pages answer"
                    + " no other site's pages; this request came from " + origin);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A host name, lower-cased, without a port; IPv6 addresses in brackets; null when there is none. */
    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? null : host.substring(0, close + 1);
        }
        if (host.indexOf(':') != host.lastIndexOf(':')) {
            return "[" + host + "]"; // an IPv6 address as getServerName gives it
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127(\\.\\d{1,3}){3}");
    }

    /** The Origin is this server as the client addressed it: same host name, same port. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() != null && hostName(uri.getHost()).equals(hostName(request.getServerName()))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock's own HTTP client for proxy stubs, built when a proxy stub first needs it rather than at startup: docmock's
 * stubs never proxy, and building it (a TLS context, the JDK's trust store, a connection pool) took a core for a
 * good part of a second while the docs were being read. A proxy stub added through the admin API still works.
 */
public final class ProxyClientOnDemand implements HttpClientFactory {
    private final HttpClientFactory apache = new ApacheHttpClientFactory();

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
                                      boolean useSystemProperties) {
        return new LazyHttpClient(() -> apache.buildHttpClient(options, trustAllCertificates, trustedHosts,
                useSystemProperties));
    }
}

package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.RequestTarget;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET <endpoint>?wsdl} (also {@code ?singleWsdl}, any case) answers the endpoint's WSDL, every
 * {@code soap:address} and {@code soap12:address} pointing at the URL the WSDL was fetched from, so that a client
 * generated from it (zeep, node-soap, JAX-WS) calls the mock. The WSDL is built when first asked for: inferring
 * one from samples parses them, which the mock's start does not wait for.
 */
public final class WsdlAnswer extends StubTransformer {
    static final String NAME = "docmock-wsdl-address";
    private static final String ENDPOINT = "endpoint";
    private static final Pattern ADDRESS = Pattern.compile("(<[A-Za-z0-9_.-]+:address\\b[^>]*?\\blocation=\")[^\"]*(\")");

    /** Each served endpoint's WSDL, by endpoint path. */
    private volatile Map<String, Supplier<String>> wsdls = Map.of();

    public WsdlAnswer() {
        super(NAME);
    }

    /** The WSDLs to answer from now on, by endpoint path; each supplier is asked once per answer. */
    public void serve(Map<String, Supplier<String>> byEndpoint) {
        this.wsdls = Map.copyOf(byEndpoint);
    }

    /** The stub that answers an endpoint's WSDL. */
    public static StubMapping stub(String endpointPath) {
        return get(urlMatching(Pattern.quote(endpointPath) + "\\?(?i:wsdl|singlewsdl)(?:=[^&]*)?"))
                .atPriority(StubKind.WSDL.priority())
                .withId(StubIds.of(endpointPath, StubKind.WSDL.label()))
                .withName(endpointPath + " WSDL")
                .withMetadata(StubRoute.pathMetadata(endpointPath, StubKind.WSDL))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withTransformers(NAME).withTransformerParameter(ENDPOINT, endpointPath))
                .build();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        Supplier<String> wsdl = wsdls.get(String.valueOf(stubbed.getTransformerParameters().get(ENDPOINT)));
        if (wsdl == null) {
            return stubbed;
        }
        // the URL as the request gave it, as an attribute value
        String here = RequestTarget.pathOf(serveEvent.getRequest().getAbsoluteUrl())
                .replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        Matcher address = ADDRESS.matcher(wsdl.get());
        String body = address.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + here + match.group(2)));
        return ResponseDefinitionBuilder.like(stubbed).withBody(body).build();
    }
}

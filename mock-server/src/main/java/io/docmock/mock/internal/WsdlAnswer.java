package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.RequestTarget;
import io.docmock.model.WsdlDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET <endpoint>?wsdl} (also {@code ?singleWsdl}, any case) answers the endpoint's WSDL as the docs hold it,
 * every {@code soap:address} and {@code soap12:address} pointing at the URL the WSDL was fetched from, so that a
 * client generated from it (zeep, node-soap, JAX-WS) calls the mock.
 */
public final class WsdlAnswer extends StubTransformer {
    static final String NAME = "docmock-wsdl-address";
    private static final Pattern ADDRESS = Pattern.compile("(<[A-Za-z0-9_.-]+:address\\b[^>]*?\\blocation=\")[^\"]*(\")");

    public WsdlAnswer() {
        super(NAME);
    }

    /** The stub that serves a WSDL at its endpoint. */
    public static StubMapping stub(String endpointPath, WsdlDocument wsdl) {
        return get(urlMatching(endpointPath.replace(".", "\\.") + "\\?(?i:wsdl|singlewsdl)(?:=[^&]*)?"))
                .atPriority(StubKind.WSDL.priority())
                .withId(StubIds.of(endpointPath, StubKind.WSDL.label()))
                .withName(endpointPath + " WSDL")
                .withMetadata(StubRoute.pathMetadata(endpointPath, StubKind.WSDL))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(wsdl.xml()).withTransformers(NAME))
                .build();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition documented = serveEvent.getResponseDefinition();
        String here = RequestTarget.pathOf(serveEvent.getRequest().getAbsoluteUrl());
        Matcher address = ADDRESS.matcher(documented.getBody());
        String body = address.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + here + match.group(2)));
        return ResponseDefinitionBuilder.like(documented).withBody(body).build();
    }
}

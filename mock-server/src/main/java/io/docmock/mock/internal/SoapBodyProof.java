package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.matching.MatchesXPathPattern;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Map;

/**
 * A shortcut past WireMock's XPath matcher, which builds a DOM and compiles its XPath for every stub it checks:
 * a SOAP body stub exactly as {@link SoapStubs} writes it (POST, the endpoint path, one XPath on the Body's first
 * element, nothing else) matches when routing has already read that element, by namespace URI and local name, in
 * the request. Only a match is ever proven here; everything else goes to WireMock's matchers.
 */
final class SoapBodyProof {
    private SoapBodyProof() {
    }

    static boolean matches(StubMapping stub, Request request, SoapRequestFacts facts) {
        if (facts == null || facts.body() == null) {
            return false;
        }
        RequestPattern pattern = stub.getRequest();
        if (!RequestMethod.POST.equals(pattern.getMethod()) || pattern.getUrlPath() == null
                || !pattern.getUrlPath().equals(pathOf(request.getUrl())) || !onlyUrlMethodAndBody(pattern)) {
            return false;
        }
        List<ContentPattern<?>> body = pattern.getBodyPatterns();
        if (body == null || body.size() != 1 || !(body.get(0) instanceof MatchesXPathPattern xpath)) {
            return false;
        }
        SoapRequestFacts.BodyOperation operation = facts.body();
        Map<String, String> namespaces = xpath.getXPathNamespaces();
        return xpath.getMatchesXPath().equals(SoapStubs.operationXPath(operation.localName()))
                && SoapStubs.namespaces(operation.namespace()).equals(namespaces);
    }

    private static boolean onlyUrlMethodAndBody(RequestPattern pattern) {
        return empty(pattern.getHeaders()) && empty(pattern.getQueryParameters()) && empty(pattern.getCookies())
                && empty(pattern.getFormParameters()) && empty(pattern.getPathParameters())
                && pattern.getBasicAuthCredentials() == null && !pattern.hasCustomMatcher()
                && (pattern.getMultipartPatterns() == null || pattern.getMultipartPatterns().isEmpty())
                && pattern.getHost() == null && pattern.getPort() == null && pattern.getScheme() == null
                && pattern.getClientIp() == null;
    }

    private static boolean empty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}

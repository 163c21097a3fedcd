package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.MultiValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.RequestTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stubs a request could match, found without looking at the others: a trie of path templates (literal
 * segments, and {@code {param}} segments as wildcards), and at a SOAP endpoint the stubs of the operation that
 * the Body or the action names. What a stub's matchers would reject for certain is left out: a SOAP action stub
 * when the request names another action, a stub for another method, a stub that needs a header the request does
 * not have (WireMock's own method and header patterns say so, asked once per stub); everything else is left to
 * WireMock's matchers, except that a SOAP Body stub docmock built is known to match when the request's Body holds its
 * operation. Stubs with no route are candidates for every request. Safe for concurrent reads while stubs are added
 * or removed.
 */
public final class RouteIndex {
    /** WireMock's order: priority, then the most recently added first. */
    public static final Comparator<StubMapping> WIREMOCK_ORDER = (a, b) -> {
        int byPriority = a.comparePriorityWith(b);
        return byPriority != 0 ? byPriority : Long.compare(b.getInsertionIndex(), a.getInsertionIndex());
    };

    private final PathTrie<RouteStubs> routes = new PathTrie<>(RouteStubs::new);
    private final List<Entry> everywhere = new CopyOnWriteArrayList<>();

    /**
     * A stub with what rules it out before its matchers run (its method, the headers it cannot do without), and,
     * for a SOAP Body stub that docmock built from the docs, the operation whose presence in the Body proves a
     * match without WireMock's XPath (which builds a DOM and compiles its expression for every stub it checks).
     */
    private record Entry(StubMapping stub, RequestMethod method, List<String> requiredHeaders, StubRoute provenBy) {
        static Entry of(StubMapping stub, StubRoute route, boolean builtFromDocs) {
            List<String> required = new ArrayList<>();
            Map<String, MultiValuePattern> headers = stub.getRequest().getHeaders();
            if (headers != null) {
                // a header pattern that an absent header fails makes the header required
                headers.forEach((name, pattern) -> {
                    if (!pattern.match(HttpHeader.absent(name)).isExactMatch()) {
                        required.add(name);
                    }
                });
            }
            boolean provable = builtFromDocs && route != null && (route.kind() == StubKind.SOAP_11_BODY
                    || route.kind() == StubKind.SOAP_12_BODY) && route.soapOperation() != null
                    && route.soapNamespace() != null;
            return new Entry(stub, stub.getRequest().getMethod(), List.copyOf(required), provable ? route : null);
        }

        boolean mayMatch(Request request) {
            if (method != null && !method.match(request.getMethod()).isExactMatch()) {
                return false;
            }
            for (String header : requiredHeaders) {
                if (!request.containsHeader(header)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when the stub is known to match: a Body stub of the operation the request's Body holds, posted to
         * exactly its endpoint (routing also finds the endpoint with a trailing slash, which the stub's URL rejects).
         */
        boolean proven(Request request, SoapRequest soap) {
            return provenBy != null && soap != null
                    && provenBy.path().equals(RequestTarget.pathOf(request.getUrl()))
                    && provenBy.soapOperation().equals(soap.envelope().operationName())
                    && provenBy.soapNamespace().equals(soap.envelope().operationNamespace())
                    && provenBy.kind().soapVersion().equals(soap.envelope().soapVersion());
        }
    }

    /** The stubs filed under one path template: REST stubs, and a SOAP endpoint's. */
    private static final class RouteStubs {
        final List<Entry> stubs = new CopyOnWriteArrayList<>();
        volatile SoapEndpoint soap;

        synchronized SoapEndpoint soap() {
            if (soap == null) {
                soap = new SoapEndpoint();
            }
            return soap;
        }
    }

    /** A SOAP endpoint's stubs, by the kind they are and the operation they answer. */
    private static final class SoapEndpoint {
        final Map<StubKind, Map<String, List<Entry>>> byKindAndOperation = new ConcurrentHashMap<>();
        final List<Entry> faults = new CopyOnWriteArrayList<>();

        List<Entry> list(StubKind kind, String operation) {
            return byKindAndOperation.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>());
        }

        List<Entry> get(StubKind kind, String operation) {
            if (operation == null) {
                return List.of();
            }
            Map<String, List<Entry>> byOperation = byKindAndOperation.get(kind);
            List<Entry> stubs = byOperation == null ? null : byOperation.get(operation);
            return stubs == null ? List.of() : stubs;
        }
    }

    /**
     * Files a stub. {@code builtFromDocs}: docmock built it from the docs, so its kind says what its matchers
     * are; a stub added through the admin API may carry the same metadata with other matchers, and is not trusted.
     */
    public void add(StubMapping stub, boolean builtFromDocs) {
        StubRoute route = StubRoute.of(stub);
        bucket(route).add(Entry.of(stub, route, builtFromDocs));
    }

    public void remove(StubMapping stub) {
        bucket(StubRoute.of(stub)).removeIf(entry -> entry.stub().getId().equals(stub.getId()));
    }

    public void clear() {
        routes.clear();
        everywhere.clear();
    }

    private List<Entry> bucket(StubRoute route) {
        if (route == null) {
            return everywhere;
        }
        RouteStubs node = routes.at(route.path());
        if (!route.isSoap()) {
            return node.stubs;
        }
        SoapEndpoint soap = node.soap();
        if (route.kind().isSoapFault()) {
            return soap.faults;
        }
        return soap.list(route.kind(), route.soapOperation());
    }

    /** A stub that may match a request, and whether it is already known to. */
    public record Candidate(StubMapping stub, boolean proven) {
    }

    /** The candidate stubs for a request, in WireMock's order. */
    public List<Candidate> candidates(Request request) {
        List<Entry> entries = new ArrayList<>(everywhere);
        SoapRequest soap = null;
        for (RouteStubs node : routes.find(request.getUrl())) {
            entries.addAll(node.stubs);
            SoapEndpoint endpoint = node.soap;
            if (endpoint != null) {
                if (soap == null) {
                    soap = SoapRequest.of(request);
                }
                addSoapCandidates(endpoint, soap, entries);
            }
        }
        List<Candidate> candidates = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (entry.mayMatch(request)) {
                candidates.add(new Candidate(entry.stub(), entry.proven(request, soap)));
            }
        }
        candidates.sort((a, b) -> WIREMOCK_ORDER.compare(a.stub(), b.stub()));
        return candidates;
    }

    private static void addSoapCandidates(SoapEndpoint soap, SoapRequest request, List<Entry> candidates) {
        String body = request.operation();
        // every stub below takes one version's Envelopes: another version's it rejects for certain
        String version = request.envelope().soapVersion();
        if (version != null) {
            candidates.addAll(soap.get(StubKind.body(version), body));
        }
        if (request.soapActions().stream().anyMatch(action -> !action.equals(body))) {
            candidates.addAll(soap.get(StubKind.SOAPACTION_DISAGREES, body));
        }
        if (request.contentTypeActions().stream().anyMatch(action -> !action.equals(body))) {
            candidates.addAll(soap.get(StubKind.ACTION_DISAGREES, body));
        }
        if (version != null) {
            request.soapActions().stream().distinct()
                    .forEach(action -> candidates.addAll(soap.get(StubKind.soapAction(version), action)));
            request.contentTypeActions().stream().distinct()
                    .forEach(action -> candidates.addAll(soap.get(StubKind.action(version), action)));
        }
        candidates.addAll(soap.faults);
    }
}

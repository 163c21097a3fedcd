package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.MultiValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
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
 * WireMock's matchers. Stubs with no route are candidates for every request. Safe for concurrent reads while stubs
 * are added or removed.
 */
public final class RouteIndex {
    /** WireMock's order: priority, then the most recently added first. */
    public static final Comparator<StubMapping> WIREMOCK_ORDER = (a, b) -> {
        int byPriority = a.comparePriorityWith(b);
        return byPriority != 0 ? byPriority : Long.compare(b.getInsertionIndex(), a.getInsertionIndex());
    };

    private final PathTrie<RouteStubs> routes = new PathTrie<>(RouteStubs::new);
    private final List<Entry> everywhere = new CopyOnWriteArrayList<>();

    /** A stub with what rules it out before its matchers run: its method, the headers it cannot do without. */
    private record Entry(StubMapping stub, RequestMethod method, List<String> requiredHeaders) {
        static Entry of(StubMapping stub) {
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
            return new Entry(stub, stub.getRequest().getMethod(), List.copyOf(required));
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

    /** A SOAP endpoint's stubs, by the role they play and the operation they answer. */
    private static final class SoapEndpoint {
        final Map<String, Map<String, List<Entry>>> byKindAndOperation = new ConcurrentHashMap<>();
        final List<Entry> faults = new CopyOnWriteArrayList<>();

        List<Entry> list(String kind, String operation) {
            return byKindAndOperation.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>());
        }

        List<Entry> get(String kind, String operation) {
            if (operation == null) {
                return List.of();
            }
            Map<String, List<Entry>> byOperation = byKindAndOperation.get(kind);
            List<Entry> stubs = byOperation == null ? null : byOperation.get(operation);
            return stubs == null ? List.of() : stubs;
        }
    }

    public void add(StubMapping stub) {
        bucket(stub).add(Entry.of(stub));
    }

    public void remove(StubMapping stub) {
        bucket(stub).removeIf(entry -> entry.stub().getId().equals(stub.getId()));
    }

    public void clear() {
        routes.clear();
        everywhere.clear();
    }

    private List<Entry> bucket(StubMapping stub) {
        StubRoute route = StubRoute.of(stub);
        if (route == null) {
            return everywhere;
        }
        RouteStubs node = routes.at(route.path());
        if (!route.isSoap()) {
            return node.stubs;
        }
        SoapEndpoint soap = node.soap();
        if (route.kind().equals(StubRoute.KIND_FAULT) || route.kind().equals(StubRoute.KIND_FAULT_11)) {
            return soap.faults;
        }
        return soap.list(route.kind(), route.soapOperation());
    }

    /** The candidate stubs for a request, in WireMock's order, and what routing read of a SOAP request (or null). */
    public record Candidates(List<StubMapping> stubs, SoapRequestFacts soap) {
    }

    /** The candidate stubs for a request, in WireMock's order. */
    public Candidates candidates(Request request) {
        List<Entry> entries = new ArrayList<>(everywhere);
        SoapRequestFacts soapFacts = null;
        for (RouteStubs node : routes.find(request.getUrl())) {
            entries.addAll(node.stubs);
            SoapEndpoint soap = node.soap;
            if (soap != null) {
                if (soapFacts == null) {
                    soapFacts = SoapRequestFacts.of(request);
                }
                addSoapCandidates(soap, soapFacts, entries);
            }
        }
        List<StubMapping> candidates = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (entry.mayMatch(request)) {
                candidates.add(entry.stub());
            }
        }
        candidates.sort(WIREMOCK_ORDER);
        return new Candidates(candidates, soapFacts);
    }

    private static void addSoapCandidates(SoapEndpoint soap, SoapRequestFacts facts, List<Entry> candidates) {
        String body = facts.bodyOperation();
        candidates.addAll(soap.get(StubRoute.KIND_BODY, body));
        if (facts.soapActions().stream().anyMatch(action -> !action.equals(body))) {
            candidates.addAll(soap.get(StubRoute.KIND_SOAPACTION_DISAGREES, body));
        }
        if (facts.contentTypeActions().stream().anyMatch(action -> !action.equals(body))) {
            candidates.addAll(soap.get(StubRoute.KIND_ACTION_DISAGREES, body));
        }
        facts.soapActions().stream().distinct()
                .forEach(action -> candidates.addAll(soap.get(StubRoute.KIND_SOAPACTION, action)));
        facts.contentTypeActions().stream().distinct()
                .forEach(action -> candidates.addAll(soap.get(StubRoute.KIND_ACTION, action)));
        candidates.addAll(soap.faults);
    }
}

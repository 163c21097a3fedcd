package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
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
 * the Body or the action names. What a stub's matchers would reject for certain (a SOAP action stub when the
 * request names another action) is left out; everything else is left to WireMock's matchers. Stubs with no route
 * are candidates for every request. Safe for concurrent reads while stubs are added or removed.
 */
public final class RouteIndex {
    /** WireMock's order: priority, then the most recently added first. */
    public static final Comparator<StubMapping> WIREMOCK_ORDER = (a, b) -> {
        int byPriority = a.comparePriorityWith(b);
        return byPriority != 0 ? byPriority : Long.compare(b.getInsertionIndex(), a.getInsertionIndex());
    };

    private final PathTrie<RouteStubs> routes = new PathTrie<>(RouteStubs::new);
    private final List<StubMapping> everywhere = new CopyOnWriteArrayList<>();

    /** The stubs filed under one path template: REST stubs, and a SOAP endpoint's. */
    private static final class RouteStubs {
        final List<StubMapping> stubs = new CopyOnWriteArrayList<>();
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
        final Map<String, Map<String, List<StubMapping>>> byKindAndOperation = new ConcurrentHashMap<>();
        final List<StubMapping> faults = new CopyOnWriteArrayList<>();

        List<StubMapping> list(String kind, String operation) {
            return byKindAndOperation.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>());
        }

        List<StubMapping> get(String kind, String operation) {
            if (operation == null) {
                return List.of();
            }
            Map<String, List<StubMapping>> byOperation = byKindAndOperation.get(kind);
            List<StubMapping> stubs = byOperation == null ? null : byOperation.get(operation);
            return stubs == null ? List.of() : stubs;
        }
    }

    public void add(StubMapping stub) {
        bucket(stub).add(stub);
    }

    public void remove(StubMapping stub) {
        bucket(stub).removeIf(s -> s.getId().equals(stub.getId()));
    }

    public void clear() {
        routes.clear();
        everywhere.clear();
    }

    private List<StubMapping> bucket(StubMapping stub) {
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
        List<StubMapping> candidates = new ArrayList<>(everywhere);
        SoapRequestFacts soapFacts = null;
        for (RouteStubs node : routes.find(request.getUrl())) {
            candidates.addAll(node.stubs);
            SoapEndpoint soap = node.soap;
            if (soap != null) {
                if (soapFacts == null) {
                    soapFacts = SoapRequestFacts.of(request);
                }
                addSoapCandidates(soap, soapFacts, candidates);
            }
        }
        candidates.sort(WIREMOCK_ORDER);
        return new Candidates(candidates, soapFacts);
    }

    private static void addSoapCandidates(SoapEndpoint soap, SoapRequestFacts facts, List<StubMapping> candidates) {
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

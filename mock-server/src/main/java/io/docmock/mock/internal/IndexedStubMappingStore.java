package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Pair;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * WireMock's in-memory stub store, plus a {@link RouteIndex}: WireMock matches a request against the candidate
 * stubs only, with its own matchers, priorities and order, so the cost of a request does not grow with the number
 * of operations. Lookup by id is a map, so loading N stubs is not N scans. The admin API sees every stub.
 */
public final class IndexedStubMappingStore implements StubMappingStore {
    private final InMemoryStubMappingStore stubs = new InMemoryStubMappingStore();
    private final Map<UUID, StubMapping> byId = new ConcurrentHashMap<>();
    private final RouteIndex index = new RouteIndex();

    @Override
    public Stream<StubMapping> getAll() {
        return stubs.getAll();
    }

    @Override
    public Optional<StubMapping> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request,
                                                      Map<String, RequestMatcherExtension> customMatchers,
                                                      Consumer<SubEvent> subEventConsumer) {
        // the same steps as StubMappingStore's default, over the candidates instead of getAll()
        RouteIndex.Candidates candidates = index.candidates(request);
        return candidates.stubs().stream()
                .map(stub -> Pair.pair(stub, SoapBodyProof.matches(stub, request, candidates.soap())
                        ? MatchResult.exactMatch() : stub.getRequest().match(request, customMatchers)))
                .peek(pair -> pair.b.getSubEvents().forEach(subEventConsumer))
                .filter(pair -> pair.b.isExactMatch())
                .map(pair -> pair.a);
    }

    @Override
    public synchronized void add(StubMapping stub) {
        stubs.add(stub);
        byId.put(stub.getId(), stub);
        index.add(stub);
    }

    @Override
    public synchronized void replace(StubMapping existing, StubMapping updated) {
        stubs.replace(existing, updated);
        byId.remove(existing.getId());
        index.remove(existing);
        byId.put(updated.getId(), updated);
        index.add(updated);
    }

    @Override
    public synchronized void remove(StubMapping stub) {
        stubs.remove(stub);
        byId.remove(stub.getId());
        index.remove(stub);
    }

    @Override
    public synchronized void clear() {
        stubs.clear();
        byId.clear();
        index.clear();
    }

}

package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Pair;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * WireMock's stub store, kept as WireMock's in-memory one keeps it (sorted by priority, then the most recently added
 * first), plus a {@link RouteIndex}: WireMock matches a request against the candidate stubs only, with its own
 * matchers, priorities and order, so the cost of a request does not grow with the number of operations. Lookup by
 * id is a map, so loading N stubs is not N scans. The admin API sees every stub.
 *
 * <p>Stubs can also be given {@linkplain #addOnDemand on demand}: each group takes its place in the insertion order
 * when it is given, and is built when a request to its path first needs it, or when anything reads or changes every
 * stub. Matching cannot tell the difference; the server answers sooner after start.
 */
public final class IndexedStubMappingStore implements StubMappingStore {
    /** Insertion indexes reserved for each group on demand; no group has nearly as many stubs. */
    private static final long GROUP_SLOTS = 1 << 16;

    private final ConcurrentSkipListSet<StubMapping> stubs = new ConcurrentSkipListSet<>(RouteIndex.WIREMOCK_ORDER);
    private final Map<UUID, StubMapping> byId = new ConcurrentHashMap<>();
    private final RouteIndex index = new RouteIndex();
    private final PathTrie<List<Pending>> pending = new PathTrie<>(CopyOnWriteArrayList::new);
    private long insertions;
    private volatile int pendingGroups;

    private record Pending(long firstInsertion, Supplier<List<StubMapping>> stubs) {
    }

    /** Groups of stubs, in order, each built when first needed as if it had been added now. */
    public synchronized void addOnDemand(List<StubsOnDemand> groups) {
        for (StubsOnDemand group : groups) {
            pending.at(group.path()).add(new Pending(insertions, group.stubs()));
            insertions += GROUP_SLOTS;
            pendingGroups++;
        }
    }

    @Override
    public Stream<StubMapping> getAll() {
        buildAll();
        return stubs.stream();
    }

    @Override
    public Optional<StubMapping> get(UUID id) {
        StubMapping stub = byId.get(id);
        if (stub == null && pendingGroups > 0) {
            buildAll();
            stub = byId.get(id);
        }
        return Optional.ofNullable(stub);
    }

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request,
                                                      Map<String, RequestMatcherExtension> customMatchers,
                                                      Consumer<SubEvent> subEventConsumer) {
        if (pendingGroups > 0) {
            build(pending.find(request.getUrl()));
        }
        // the same steps as StubMappingStore's default, over the candidates instead of getAll()
        return index.candidates(request).stream()
                .map(candidate -> Pair.pair(candidate.stub(), candidate.proven() ? MatchResult.exactMatch()
                        : candidate.stub().getRequest().match(request, customMatchers)))
                .peek(pair -> pair.b.getSubEvents().forEach(subEventConsumer))
                .filter(pair -> pair.b.isExactMatch())
                .map(pair -> pair.a);
    }

    @Override
    public synchronized void add(StubMapping stub) {
        stub.setInsertionIndex(insertions++);
        file(stub, false);
    }

    private void file(StubMapping stub, boolean builtFromDocs) {
        stubs.add(stub);
        byId.put(stub.getId(), stub);
        index.add(stub, builtFromDocs);
    }

    /** As WireMock's store: the updated stub takes the existing one's place, with the index WireMock gave it. */
    @Override
    public synchronized void replace(StubMapping existing, StubMapping updated) {
        buildAll();
        stubs.remove(existing);
        stubs.add(updated);
        byId.remove(existing.getId());
        index.remove(existing);
        byId.put(updated.getId(), updated);
        index.add(updated, false);
    }

    // WireMock 3.13 still declares remove(StubMapping) abstract (remove(UUID) is its future), and calls it
    @SuppressWarnings("removal")
    @Override
    public synchronized void remove(StubMapping stub) {
        buildAll();
        stubs.removeIf(other -> other.getId().equals(stub.getId()));
        byId.remove(stub.getId());
        index.remove(stub);
    }

    @Override
    public synchronized void clear() {
        pending.clear();
        pendingGroups = 0;
        stubs.clear();
        byId.clear();
        index.clear();
    }

    private void buildAll() {
        if (pendingGroups > 0) {
            build(pending.all());
        }
    }

    private void build(List<List<Pending>> routes) {
        if (routes.stream().allMatch(List::isEmpty)) {
            return;
        }
        synchronized (this) {
            List<Pending> groups = new ArrayList<>();
            routes.forEach(groups::addAll);
            if (groups.isEmpty()) {
                return; // another request built them while this one waited
            }
            // building is pure (a group's stubs depend on its operation alone); filing is in the store's order
            List<List<StubMapping>> built = groups.size() > 1
                    ? groups.parallelStream().map(group -> group.stubs().get()).toList()
                    : List.of(groups.get(0).stubs().get());
            for (int i = 0; i < groups.size(); i++) {
                if (built.get(i).size() > GROUP_SLOTS) {
                    throw new IllegalStateException("a group of " + built.get(i).size() + " stubs");
                }
                long insertion = groups.get(i).firstInsertion();
                for (StubMapping stub : built.get(i)) {
                    stub.setInsertionIndex(insertion++);
                    file(stub, true);
                }
            }
            // emptied only now: a request that finds them empty without waiting for the lock finds them filed
            routes.forEach(List::clear);
            pendingGroups -= groups.size();
        }
    }
}

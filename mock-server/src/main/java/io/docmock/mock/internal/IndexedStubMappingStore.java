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

    /** Everything a request reads, replaced whole when the docs are read again: a request sees one or the other. */
    private static final class State {
        final ConcurrentSkipListSet<StubMapping> stubs = new ConcurrentSkipListSet<>(RouteIndex.WIREMOCK_ORDER);
        final Map<UUID, StubMapping> byId = new ConcurrentHashMap<>();
        final RouteIndex index = new RouteIndex();
        final PathTrie<List<Pending>> pending = new PathTrie<>(CopyOnWriteArrayList::new);
        volatile int pendingGroups;
    }

    private volatile State state = new State();
    private long insertions;

    private record Pending(long firstInsertion, Supplier<List<StubMapping>> stubs) {
    }

    /** Groups of stubs, in order, each built when first needed as if it had been added now. */
    public synchronized void addOnDemand(List<StubsOnDemand> groups) {
        addOnDemand(state, groups);
    }

    private void addOnDemand(State into, List<StubsOnDemand> groups) {
        for (StubsOnDemand group : groups) {
            into.pending.at(group.path()).add(new Pending(insertions, group.stubs()));
            insertions += GROUP_SLOTS;
            into.pendingGroups++;
        }
    }

    /**
     * The docs read again: their stubs (those given now, and groups on demand) replace every stub docmock made from
     * the docs before, in one step; stubs added otherwise (through the admin API) stay, after the new ones in
     * WireMock's order as they were after the old ones.
     */
    public synchronized void replaceDocumented(List<StubMapping> given, List<StubsOnDemand> groups) {
        State old = state;
        State next = new State();
        for (StubMapping stub : given) {
            stub.setInsertionIndex(insertions++);
            file(next, stub, false);
        }
        addOnDemand(next, groups);
        List<StubMapping> added = old.stubs.stream().filter(stub -> !IndexedStubMappingStore.isDocmocks(stub))
                .sorted(java.util.Comparator.comparingLong(StubMapping::getInsertionIndex)).toList();
        for (StubMapping stub : added) {
            stub.setInsertionIndex(insertions++);
            file(next, stub, false);
        }
        state = next;
    }

    /** Whether docmock made this stub (its metadata names one of docmock's kinds), not the admin API. */
    private static boolean isDocmocks(StubMapping stub) {
        return stub.getMetadata() != null && stub.getMetadata().get("kind") instanceof String label
                && StubKind.of(label) != null;
    }

    @Override
    public Stream<StubMapping> getAll() {
        State current = state;
        buildAll(current);
        return current.stubs.stream();
    }

    @Override
    public Optional<StubMapping> get(UUID id) {
        State current = state;
        StubMapping stub = current.byId.get(id);
        if (stub == null && current.pendingGroups > 0) {
            buildAll(current);
            stub = current.byId.get(id);
        }
        return Optional.ofNullable(stub);
    }

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request,
                                                      Map<String, RequestMatcherExtension> customMatchers,
                                                      Consumer<SubEvent> subEventConsumer) {
        State current = state;
        if (current.pendingGroups > 0) {
            build(current, current.pending.find(request.getUrl()));
        }
        // the same steps as StubMappingStore's default, over the candidates instead of getAll()
        return current.index.candidates(request).stream()
                .map(candidate -> Pair.pair(candidate.stub(), candidate.proven() ? MatchResult.exactMatch()
                        : candidate.stub().getRequest().match(request, customMatchers)))
                .peek(pair -> pair.b.getSubEvents().forEach(subEventConsumer))
                .filter(pair -> pair.b.isExactMatch())
                .map(pair -> pair.a);
    }

    @Override
    public synchronized void add(StubMapping stub) {
        stub.setInsertionIndex(insertions++);
        file(state, stub, false);
    }

    private static void file(State into, StubMapping stub, boolean builtFromDocs) {
        into.stubs.add(stub);
        into.byId.put(stub.getId(), stub);
        into.index.add(stub, builtFromDocs);
    }

    /** As WireMock's store: the updated stub takes the existing one's place, with the index WireMock gave it. */
    @Override
    public synchronized void replace(StubMapping existing, StubMapping updated) {
        State current = state;
        buildAll(current);
        current.stubs.remove(existing);
        current.stubs.add(updated);
        current.byId.remove(existing.getId());
        current.index.remove(existing);
        current.byId.put(updated.getId(), updated);
        current.index.add(updated, false);
    }

    // WireMock 3.13 still declares remove(StubMapping) abstract (remove(UUID) is its future), and calls it
    @SuppressWarnings("removal")
    @Override
    public synchronized void remove(StubMapping stub) {
        State current = state;
        buildAll(current);
        current.stubs.removeIf(other -> other.getId().equals(stub.getId()));
        current.byId.remove(stub.getId());
        current.index.remove(stub);
    }

    @Override
    public synchronized void clear() {
        state = new State();
    }

    private void buildAll(State current) {
        if (current.pendingGroups > 0) {
            build(current, current.pending.all());
        }
    }

    private void build(State current, List<List<Pending>> routes) {
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
                    file(current, stub, true);
                }
            }
            // emptied only now: a request that finds them empty without waiting for the lock finds them filed
            routes.forEach(List::clear);
            current.pendingGroups -= groups.size();
        }
    }
}

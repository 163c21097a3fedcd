package io.docmock.mock;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.docmock.mock.internal.Catalogue;
import io.docmock.mock.internal.ClosestOperationsAnswer;
import io.docmock.mock.internal.HealthStub;
import io.docmock.mock.internal.IndexedStubMappingStore;
import io.docmock.mock.internal.PactRecording;
import io.docmock.mock.internal.RequestHistory;
import io.docmock.mock.internal.WsdlAnswer;
import io.docmock.model.Operation;
import io.docmock.model.WsdlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The documented stubs as WireMock's source of mappings: WireMock loads them when the server starts serving and
 * again on every reset through the admin API ({@code POST /__admin/reset}, {@code /__admin/mappings/reset}), so a
 * reset drops only the stubs added since, never the documented ones. Nothing is read from, or written to, the
 * folder the mock runs in.
 */
final class DocumentedMappings implements MappingsSource {
    private final IndexedStubMappingStore store;
    private final StubOptions options;
    private final WsdlAnswer wsdlAnswer;
    private final boolean recordingPact;
    private volatile List<Operation> operations;
    private volatile List<WsdlDocument> wsdls = List.of();

    DocumentedMappings(IndexedStubMappingStore store, StubOptions options, WsdlAnswer wsdlAnswer,
                       boolean recordingPact) {
        this.store = store;
        this.recordingPact = recordingPact;
        this.wsdlAnswer = wsdlAnswer;
        this.options = options;
    }

    /** The operations and WSDLs to serve from now on; WireMock loads their stubs at its next (re)load. */
    void serve(List<Operation> operations, List<WsdlDocument> wsdls) {
        this.wsdls = List.copyOf(wsdls);
        this.operations = List.copyOf(operations);
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        List<Operation> served = operations;
        if (served == null) {
            return; // WireMock's own first load, before the docs are read
        }
        unroutedStubs(served).forEach(stubMappings::addMapping);
        // an operation's stubs are built when a request first comes its way (or the admin API reads them all): the
        // first answer does not wait for tens of thousands of stubs. None ties in priority with the ones above.
        store.addOnDemand(MockStubs.onDemand(served, options));
    }

    /**
     * Serves these operations and WSDLs from now on: their stubs replace the documented ones in one step, while
     * stubs added through the admin API stay.
     */
    void reload(List<Operation> operations, List<WsdlDocument> wsdls) {
        serve(operations, wsdls);
        List<Operation> served = this.operations;
        store.replaceDocumented(unroutedStubs(served), MockStubs.onDemand(served, options));
    }

    /** The stubs under no operation's path (WireMock checks each new stub's id against all the others). */
    private List<StubMapping> unroutedStubs(List<Operation> served) {
        List<StubMapping> stubs = new ArrayList<>();
        MockStubs.unrouted(served, options).forEach(group -> stubs.addAll(group.stubs()));
        stubs.add(ClosestOperationsAnswer.catchAll());
        stubs.add(RequestHistory.stub());
        stubs.add(HealthStub.stub(served.size()));
        stubs.addAll(Catalogue.stubs());
        if (recordingPact) {
            stubs.add(PactRecording.stub());
        }
        Map<String, Supplier<String>> wsdlTexts = new TreeMap<>();
        WsdlFiles.byEndpoint(served, wsdls).forEach((endpoint, described) -> {
            stubs.add(WsdlAnswer.stub(endpoint));
            wsdlTexts.put(endpoint, new Once<>(() -> described.xml(WsdlFiles.DEFAULT_ADDRESS + endpoint)));
        });
        wsdlAnswer.serve(wsdlTexts);
        return stubs;
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
    }

    @Override
    public void save(StubMapping stubMapping) {
    }

    // WireMock 3.13 still declares remove(StubMapping) abstract (remove(UUID) is its future)
    @SuppressWarnings("removal")
    @Override
    public void remove(StubMapping stubMapping) {
    }

    @Override
    public void removeAll() {
    }

    /** A value computed when first asked for, then kept. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }
}

package io.docmock.mock;

import io.docmock.mock.internal.CorsHeaders;
import io.docmock.mock.internal.RestStubs;
import io.docmock.mock.internal.SoapStubs;
import io.docmock.mock.internal.StubsOnDemand;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operation model as WireMock stubs: plain {@code StubMapping} data, the same for the running mock and for
 * mapping files, and the same from run to run (ids derived from the operation, stable order).
 *
 * <pre>{@code
 * List<StubGroup> groups = MockStubs.build(model.operations(), StubOptions.defaults());
 * groups.forEach(group -> group.stubs().forEach(wireMockServer::addStubMapping));
 * }</pre>
 */
public final class MockStubs {
    private MockStubs() {
    }

    /** One group per operation, in the model's order, then one per SOAP endpoint, then the CORS preflight. */
    public static List<StubGroup> build(List<Operation> operations, StubOptions options) {
        // each group's stubs depend on its operation (or endpoint) alone: built in parallel, kept in order
        List<StubGroup> groups = new ArrayList<>(onDemand(operations, options).parallelStream()
                .map(group -> new StubGroup(group.name(), group.stubs().get()))
                .toList());
        groups.addAll(unrouted(operations, options));
        return groups;
    }

    /** The groups of {@link #build}, in its order, that are filed under a path: each operation's, each endpoint's. */
    static List<StubsOnDemand> onDemand(List<Operation> operations, StubOptions options) {
        CorsHeaders cors = new CorsHeaders(options.cors());
        RestStubs rest = new RestStubs(cors, options.caseSensitivePaths());
        SoapStubs soap = new SoapStubs(cors);
        Map<String, List<Operation>> endpoints = new TreeMap<>();
        List<StubsOnDemand> groups = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.protocol() == Protocol.SOAP) {
                endpoints.computeIfAbsent(operation.soap().endpointPath(), path -> new ArrayList<>()).add(operation);
                groups.add(new StubsOnDemand(operation.id(), operation.path(), () -> soap.operationStubs(operation)));
            } else {
                groups.add(new StubsOnDemand(operation.id(), operation.path(), () -> rest.build(operation)));
            }
        }
        endpoints.forEach((path, ops) -> groups.add(new StubsOnDemand(SoapStubs.groupName(path), path,
                () -> soap.endpointStubs(path, ops))));
        return groups;
    }

    /** The groups of {@link #build} that come after {@link #onDemand}'s: the CORS preflight, filed under no path. */
    static List<StubGroup> unrouted(List<Operation> operations, StubOptions options) {
        CorsHeaders cors = new CorsHeaders(options.cors());
        return cors.enabled()
                ? List.of(new StubGroup(CorsHeaders.PREFLIGHT_GROUP, List.of(cors.preflight(operations))))
                : List.of();
    }
}

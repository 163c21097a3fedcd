package io.docmock.mock;

import io.docmock.mock.internal.CorsHeaders;
import io.docmock.mock.internal.RestStubs;
import io.docmock.mock.internal.SoapStubs;
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
        CorsHeaders cors = new CorsHeaders(options.cors());
        RestStubs rest = new RestStubs(cors);
        SoapStubs soap = new SoapStubs(cors);
        Map<String, List<Operation>> endpoints = new TreeMap<>();
        for (Operation operation : operations) {
            if (operation.protocol() == Protocol.SOAP) {
                endpoints.computeIfAbsent(operation.soap().endpointPath(), path -> new ArrayList<>()).add(operation);
            }
        }
        // each operation's stubs depend on it alone: built in parallel, kept in order
        List<StubGroup> groups = new ArrayList<>(operations.parallelStream()
                .map(operation -> operation.protocol() == Protocol.REST
                        ? new StubGroup(operation.id(), rest.build(operation))
                        : new StubGroup(operation.id(), soap.operationStubs(operation)))
                .toList());
        endpoints.forEach((path, ops) -> groups.add(new StubGroup(SoapStubs.groupName(path),
                soap.endpointStubs(path, ops))));
        if (cors.enabled()) {
            groups.add(new StubGroup(CorsHeaders.PREFLIGHT_GROUP, List.of(cors.preflight(operations))));
        }
        return groups;
    }
}

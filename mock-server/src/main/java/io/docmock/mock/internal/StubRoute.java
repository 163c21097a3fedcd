package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;

/**
 * What a docmock stub is for, written into its {@code metadata}: the page it comes from, and the route that
 * {@link RouteIndex} files it under (a REST path template, or a SOAP endpoint, operation and role). Stubs without
 * a route (added through the admin API, say) are tried for every request.
 */
public record StubRoute(String path, String soapOperation, String kind) {
    public static final String KIND_BODY = "body";
    public static final String KIND_SOAPACTION = "soapaction";
    public static final String KIND_ACTION = "action";
    public static final String KIND_SOAPACTION_DISAGREES = "soapaction disagrees";
    public static final String KIND_ACTION_DISAGREES = "action disagrees";
    public static final String KIND_FAULT = "fault";
    public static final String KIND_FAULT_11 = "fault 1.1";

    private static final String PATH = "path";
    private static final String SOAP_OPERATION = "soapOperation";
    private static final String KIND = "kind";

    /** The metadata of an operation's stub. */
    public static Metadata metadata(Operation operation, String source, String kind) {
        Metadata.Builder metadata = Metadata.metadata()
                .attr("operation", operation.id())
                .attr("source", source)
                .attr(KIND, kind)
                .attr(PATH, operation.path());
        if (operation.protocol() == Protocol.SOAP) {
            metadata.attr(SOAP_OPERATION, operation.soap().operationElement());
        }
        return metadata.build();
    }

    /** The metadata of a stub filed under a path alone: a SOAP endpoint's Faults, docmock's own pages. */
    public static Metadata pathMetadata(String path, String kind) {
        return Metadata.metadata().attr(PATH, path).attr(KIND, kind).build();
    }

    /** The route of a stub, or null when it has none (or when its metadata says something else there). */
    public static StubRoute of(StubMapping stub) {
        Metadata metadata = stub.getMetadata();
        // plain map reads: Metadata.getString builds its error message on every call, and this runs per stub
        if (metadata == null || !(metadata.get(PATH) instanceof String path)
                || !(metadata.get(KIND) instanceof String kind)) {
            return null;
        }
        return new StubRoute(path, metadata.get(SOAP_OPERATION) instanceof String soap ? soap : null, kind);
    }

    public boolean isSoap() {
        return soapOperation != null || kind.equals(KIND_FAULT) || kind.equals(KIND_FAULT_11);
    }
}

package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;

/**
 * What a docmock stub is for, written into its {@code metadata}: the page it comes from, its {@link StubKind}, and
 * the route that {@link RouteIndex} files it under (a REST path template, or a SOAP endpoint and operation).
 * Stubs without a route (added through the admin API, say) are tried for every request.
 *
 * @param path          the path template or SOAP endpoint the stub is filed under
 * @param kind          what the stub is for
 * @param soapOperation local name of the SOAP operation element the stub answers, or null
 * @param soapNamespace namespace URI of that element, or null
 */
public record StubRoute(String path, StubKind kind, String soapOperation, String soapNamespace) {
    private static final String PATH = "path";
    private static final String SOAP_OPERATION = "soapOperation";
    private static final String SOAP_NAMESPACE = "soapNamespace";
    private static final String KIND = "kind";

    /** The metadata of an operation's stub; {@code label} is the kind's label, with its value where it has one. */
    public static Metadata metadata(Operation operation, String source, String label) {
        Metadata.Builder metadata = Metadata.metadata()
                .attr("operation", operation.id())
                .attr("source", source)
                .attr(KIND, label)
                .attr(PATH, operation.path());
        if (operation.protocol() == Protocol.SOAP) {
            metadata.attr(SOAP_OPERATION, operation.soap().operationElement())
                    .attr(SOAP_NAMESPACE, operation.soap().operationNamespace());
        }
        return metadata.build();
    }

    /** The metadata of a stub filed under a path alone: a SOAP endpoint's Faults, docmock's own pages. */
    public static Metadata pathMetadata(String path, StubKind kind) {
        return Metadata.metadata().attr(PATH, path).attr(KIND, kind.label()).build();
    }

    /** The metadata of a stub filed under no path: the CORS preflight, the closest-operations 404. */
    public static Metadata kindMetadata(StubKind kind) {
        return Metadata.metadata().attr(KIND, kind.label()).build();
    }

    /** The route of a stub, or null when it has none (or when its metadata says something else there). */
    public static StubRoute of(StubMapping stub) {
        Metadata metadata = stub.getMetadata();
        // plain map reads: Metadata.getString builds its error message on every call, and this runs per stub
        if (metadata == null || !(metadata.get(PATH) instanceof String path)
                || !(metadata.get(KIND) instanceof String label)) {
            return null;
        }
        StubKind kind = StubKind.of(label);
        if (kind == null) {
            return null;
        }
        return new StubRoute(path, kind, metadata.get(SOAP_OPERATION) instanceof String soap ? soap : null,
                metadata.get(SOAP_NAMESPACE) instanceof String ns ? ns : null);
    }

    /** Filed under its SOAP endpoint: an operation's SOAP stub, or the endpoint's Faults. */
    public boolean isSoap() {
        return kind.isSoap() && (soapOperation != null || kind.isSoapFault());
    }
}

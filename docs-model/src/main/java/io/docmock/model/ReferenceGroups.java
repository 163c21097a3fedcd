package io.docmock.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How the reference groups its operations: SOAP by service version and agent ({@code Services88 User}); REST agents
 * by agent ({@code Agents/User}), the rest by entity ({@code Contact}), after {@code api} and the version. The
 * catalogue page's groups and the OpenAPI document's tags are these.
 */
public final class ReferenceGroups {
    private ReferenceGroups() {
    }

    public static String of(Operation operation) {
        if (operation.protocol() == Protocol.SOAP && operation.soap() != null) {
            return operation.soap().serviceVersion() + " " + operation.soap().agent();
        }
        List<String> segments = new ArrayList<>(PathTemplate.segmentsOf(operation.path()));
        while (!segments.isEmpty() && (segments.get(0).equalsIgnoreCase("api")
                || segments.get(0).matches("(?i)v\\d+(?:\\.\\d+)?"))) {
            segments.remove(0);
        }
        if (segments.isEmpty() || PathTemplate.hasParameter(segments.get(0))) {
            return "(root)";
        }
        if (segments.get(0).equalsIgnoreCase("Agents") && segments.size() > 1) {
            return "Agents/" + segments.get(1);
        }
        return segments.get(0);
    }
}

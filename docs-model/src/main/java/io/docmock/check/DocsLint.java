package io.docmock.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.docmock.model.BodySchema;
import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.DocumentedResponse;
import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import io.docmock.xml.SafeXml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where the docs contradict themselves: a sample body property the property table does not list or types
 * otherwise, a sample status the status table does not list, a sample request whose method or path does not fit
 * the documented one, a sample that is not valid JSON or XML; and every warning the parser had.
 *
 * <pre>{@code
 * List<Diagnostic> findings = DocsLint.lint(model);
 * findings.forEach(System.out::println);
 * }</pre>
 */
public final class DocsLint {
    private DocsLint() {
    }

    public static List<Diagnostic> lint(DocsModel model) {
        List<Diagnostic> findings = new ArrayList<>(model.warnings());
        for (Operation operation : model.operations()) {
            for (Sample sample : operation.samples()) {
                if (sample.request() != null) {
                    lintRequest(operation, sample.request(), findings);
                }
                if (sample.response() != null) {
                    lintResponse(operation, sample.response(), findings);
                }
            }
        }
        findings.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line));
        return findings.stream().distinct().toList();
    }

    private static void lintRequest(Operation operation, SampleRequest request, List<Diagnostic> findings) {
        String file = request.source().file();
        int line = request.source().line();
        if (operation.protocol() == Protocol.SOAP) {
            xml(request.body(), "sample request", file, line, findings);
            return;
        }
        if (!request.method().equalsIgnoreCase(operation.method())) {
            findings.add(new Diagnostic(file, line, "sample request method " + request.method()
                    + " is not the documented " + operation.method()));
        }
        String path = RequestTarget.pathOf(request.target());
        if (!PathTemplate.of(operation.path()).sameShape(path)) {
            findings.add(new Diagnostic(file, line, "sample request path " + path + " does not fit the documented path "
                    + operation.path()));
        }
        if (HttpBodies.isJson(request.header("Content-Type"), request.body())) {
            jsonBody(request.body(), operation.requestBody(), "sample request body", file, line, findings);
        }
    }

    private static void lintResponse(Operation operation, SampleResponse response, List<Diagnostic> findings) {
        String file = response.source().file();
        int line = response.source().line();
        if (operation.protocol() == Protocol.SOAP) {
            xml(response.body(), "sample response", file, line, findings);
            return;
        }
        List<Integer> statuses = operation.responses().stream().map(DocumentedResponse::status).toList();
        if (!statuses.isEmpty() && !statuses.contains(response.status())) {
            findings.add(new Diagnostic(file, line, "sample response status " + response.status()
                    + " is not in the status table " + statuses));
        }
        BodySchema schema = operation.responses().stream().filter(r -> r.status() == response.status())
                .map(DocumentedResponse::body).filter(b -> b != null).findFirst().orElse(null);
        if (!HttpBodies.statusCarriesNoBody(response.status())
                && HttpBodies.isJson(response.header("Content-Type"), response.body())) {
            jsonBody(response.body(), schema, "sample response body", file, line, findings);
        }
    }

    private static void jsonBody(String text, BodySchema schema, String what, String file, int line,
                                 List<Diagnostic> findings) {
        JsonNode body = BodyCheck.parse(text, "body", new ArrayList<>());
        if (body == null || schema == null || schema.properties().isEmpty()) {
            return; // a sample that is not JSON is already a parser warning
        }
        for (Problem problem : BodyCheck.check(body, schema, Map.of(), "body")) {
            findings.add(new Diagnostic(file, line, what + " does not fit the docs: " + problem.message()));
        }
    }

    private static void xml(String text, String what, String file, int line, List<Diagnostic> findings) {
        try {
            SafeXml.parse(text);
        } catch (SafeXml.XmlProblem e) {
            findings.add(new Diagnostic(file, line, what + " is not well-formed XML: " + e.getMessage()));
        }
    }
}

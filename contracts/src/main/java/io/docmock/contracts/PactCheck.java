package io.docmock.contracts;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import com.fasterxml.jackson.databind.JsonNode;
import io.docmock.check.BodyCheck;
import io.docmock.check.Problem;
import io.docmock.check.SampledRequests;
import io.docmock.contracts.internal.JsonExpectations;
import io.docmock.contracts.internal.PactRules;
import io.docmock.contracts.internal.XmlExpectations;
import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.model.SampleResponse;
import io.docmock.route.RestMatch;
import io.docmock.route.RestRoute;
import io.docmock.route.SoapRoute;
import io.docmock.xml.SoapEnvelope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Checks a consumer's pact against the docs, before any provider runs: each HTTP interaction is routed to its
 * documented operation by the mock's own rules, then its request (path parameter types, query parameters,
 * Content-Type, body) and its expected response (status, Content-Type, body) are compared with what the docs show.
 *
 * <pre>{@code
 * PactCheck check = new PactCheck(DocsParser.builder().build().parse(List.of(Path.of("docs"))).operations());
 * List<CheckedInteraction> results = check.check(Path.of("pacts/my-app-superoffice.json"));
 * results.forEach(result -> System.out.println(result.passed() ? "OK" : result.findings()));
 * }</pre>
 */
public final class PactCheck {
    private final List<RestRoute> rest = new ArrayList<>();
    private final Map<String, List<Operation>> soapEndpoints = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public PactCheck(List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.protocol() == Protocol.SOAP) {
                soapEndpoints.computeIfAbsent(operation.soap().endpointPath(), path -> new ArrayList<>())
                        .add(operation);
            } else {
                rest.add(RestRoute.of(operation));
            }
        }
    }

    /** Checks every interaction of a pact file; an unreadable file is a {@link PactFileProblem}. */
    public List<CheckedInteraction> check(Path file) throws PactFileProblem {
        Pact pact = PactVerifier.read(file);
        List<CheckedInteraction> results = new ArrayList<>();
        List<Interaction> interactions = pact.getInteractions();
        for (int i = 0; i < interactions.size(); i++) {
            results.add(check(file.toString(), i, interactions.get(i)));
        }
        return results;
    }

    private CheckedInteraction check(String file, int index, Interaction interaction) {
        String description = interaction.getDescription();
        if (!interaction.isSynchronousRequestResponse()) {
            return new CheckedInteraction(file, index, description, "", "", "", List.of(),
                    "a " + kind(interaction) + " interaction; only HTTP request/response interactions are checked");
        }
        IRequest request = interaction.asSynchronousRequestResponse().getRequest();
        IResponse response = interaction.asSynchronousRequestResponse().getResponse();
        String label = request.getMethod().toUpperCase(Locale.ROOT) + " " + request.getPath();
        String where = "interactions[" + index + "]";
        List<Finding> findings = new ArrayList<>();
        List<Operation> endpoint = request.getMethod().equalsIgnoreCase("POST")
                ? soapEndpoints.get(RequestTarget.pathOf(request.getPath())) : null;
        Operation operation;
        if (endpoint != null) {
            operation = soapOperation(endpoint, request, where, findings);
        } else {
            operation = restOperation(request, where, findings);
        }
        if (operation == null) {
            return new CheckedInteraction(file, index, description, label, "", "", findings, "");
        }
        if (operation.protocol() == Protocol.SOAP) {
            checkSoapResponse(operation, response, where, findings);
        } else {
            checkRestRequest(operation, request, where, findings);
            checkRestResponse(operation, response, where, findings);
        }
        return new CheckedInteraction(file, index, description, label, operation.id(),
                operation.source().toString(), findings, "");
    }

    private static String kind(Interaction interaction) {
        if (interaction.isAsynchronousMessage()) {
            return "message (asynchronous)";
        }
        return interaction.isSynchronousMessages() ? "synchronous message" : interaction.getClass().getSimpleName();
    }

    private Operation restOperation(IRequest request, String where, List<Finding> findings) {
        RestMatch match = RestMatch.best(rest, request.getMethod(), request.getPath(), true);
        if (match == null) {
            findings.add(new Finding("request.path-or-method.unknown", where + ".request",
                    "no documented operation has " + request.getMethod().toUpperCase(Locale.ROOT) + " "
                            + request.getPath(), closest(request.getPath())));
            return null;
        }
        if (!match.fitsTypes()) {
            for (Problem problem : match.pathProblems(request.getPath())) {
                findings.add(new Finding("request.path.incompatible", where + ".request." + problem.where(),
                        problem.actual() + " is not " + problem.expected(), match.template().template()));
            }
        }
        return match.operation();
    }

    /** The documented paths that share the request's first two segments, for the reader to compare. */
    private String closest(String path) {
        List<String> segments = io.docmock.model.PathTemplate.segmentsOf(RequestTarget.pathOf(path));
        String prefix = String.join("/", segments.subList(0, Math.min(3, segments.size()))).toLowerCase(Locale.ROOT);
        Set<String> near = new TreeSet<>();
        for (RestRoute route : rest) {
            List<String> theirs = io.docmock.model.PathTemplate.segmentsOf(route.operation().path());
            String start = String.join("/", theirs.subList(0, Math.min(3, theirs.size()))).toLowerCase(Locale.ROOT);
            if (start.equals(prefix) && near.size() < 5) {
                near.add(route.operation().method() + " " + route.operation().path() + " at "
                        + route.operation().source());
            }
        }
        return String.join("; ", near);
    }

    private Operation soapOperation(List<Operation> endpoint, IRequest request, String where,
                                    List<Finding> findings) {
        String contentType = header(request.getHeaders(), "Content-Type");
        if (contentType != null && !SoapRoute.isSoapContentType(contentType)) {
            findings.add(new Finding("request.content-type.incompatible", where + ".request.headers.Content-Type",
                    contentType + " is no SOAP Content-Type", "text/xml (SOAP 1.1) or application/soap+xml (1.2)"));
        }
        String body = text(request.getBody());
        SoapEnvelope envelope = SoapEnvelope.read(body == null ? "" : body);
        Operation operation = SoapRoute.operation(endpoint, envelope, header(request.getHeaders(), "SOAPAction"),
                contentType);
        if (operation == null) {
            findings.add(new Finding("request.soap-operation.unknown", where + ".request.body",
                    "neither the Body's element nor the action names a documented operation of "
                            + RequestTarget.pathOf(request.getPath()),
                    String.join(", ", endpoint.stream().map(op -> op.soap().operationElement()).toList())));
            return null;
        }
        Set<String> documented = SampledRequests.soapChildren(operation);
        if (documented != null && envelope.operationName() != null) {
            for (String child : new TreeSet<>(envelope.children())) {
                if (!documented.contains(child)) {
                    findings.add(new Finding("request.body.incompatible", where + ".request.body."
                            + envelope.operationName() + "." + child, "not a documented element of "
                            + envelope.operationName(), "documented: " + String.join(", ", documented)));
                }
            }
        }
        return operation;
    }

    private static void checkRestRequest(Operation operation, IRequest request, String where,
                                         List<Finding> findings) {
        Set<String> documentedQuery = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        operation.queryParameters().stream().map(Parameter::name).forEach(documentedQuery::add);
        for (Sample sample : operation.samples()) {
            if (sample.request() != null) {
                documentedQuery.addAll(RequestTarget.of(sample.request().target()).queryNames());
            }
        }
        for (String name : request.getQuery().keySet()) {
            if (!documentedQuery.contains(name)) {
                findings.add(new Finding("request.query.unknown", where + ".request.query." + name,
                        "not a documented query parameter", documentedQuery.isEmpty() ? "none documented"
                                : "documented: " + String.join(", ", documentedQuery)));
            }
        }
        String contentType = header(request.getHeaders(), "Content-Type");
        String documentedType = operation.samples().stream().filter(sample -> sample.request() != null)
                .map(sample -> sample.request().header("Content-Type")).filter(type -> type != null)
                .findFirst().orElse(null);
        String body = text(request.getBody());
        if (contentType != null && documentedType != null && !sameMediaType(contentType, documentedType)) {
            findings.add(new Finding("request.content-type.incompatible", where + ".request.headers.Content-Type",
                    contentType, documentedType));
        }
        if (body == null || body.isBlank() || !HttpBodies.isJson(contentType, body)) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode json = BodyCheck.parse(body, "body", problems);
        if (json != null && operation.requestBody() != null) {
            problems.addAll(BodyCheck.check(json, operation.requestBody(), SampledRequests.properties(operation),
                    "body"));
        }
        for (Problem problem : problems) {
            findings.add(new Finding("request.body.incompatible", where + ".request." + problem.where(),
                    "the consumer sends " + problem.actual(), problem.expected()));
        }
        if (json != null) {
            new JsonExpectations("request.body.incompatible", where + ".request.body",
                    new PactRules(rules(request.getMatchingRules(), "body")), findings).compare(json, null);
        }
    }

    private static void checkRestResponse(Operation operation, IResponse response, String where,
                                          List<Finding> findings) {
        int status = response.getStatus();
        Set<Integer> statuses = operation.statuses();
        if (!statuses.isEmpty() && !statuses.contains(status)) {
            findings.add(new Finding("response.status.unknown", where + ".response.status",
                    status + " is not a documented status", "documented: " + statuses));
        }
        SampleResponse documented = documentedResponse(operation, status);
        if (documented == null) {
            return;
        }
        String contentType = header(response.getHeaders(), "Content-Type");
        String documentedType = documented.header("Content-Type");
        if (contentType != null && documentedType != null && !sameMediaType(contentType, documentedType)) {
            findings.add(new Finding("response.content-type.incompatible", where + ".response.headers.Content-Type",
                    contentType, documentedType));
        }
        String body = text(response.getBody());
        if (body == null || body.isBlank() || !HttpBodies.isJson(contentType, body)) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode expected = BodyCheck.parse(body, "body", problems);
        JsonNode docs = HttpBodies.isJson(documentedType, documented.body())
                ? BodyCheck.parse(documented.body(), "docs", new ArrayList<>()) : null;
        problems.forEach(problem -> findings.add(new Finding("response.body.incompatible",
                where + ".response.body", problem.actual(), "")));
        if (expected != null) {
            new JsonExpectations("response.body.incompatible", where + ".response.body",
                    new PactRules(rules(response.getMatchingRules(), "body")), findings).compare(expected, docs);
        }
    }

    private static void checkSoapResponse(Operation operation, IResponse response, String where,
                                          List<Finding> findings) {
        int status = response.getStatus();
        // a documented answer, or a Fault: 500 in SOAP 1.1, 400 (Sender) or 500 (Receiver) in 1.2
        if (status != 200 && status != 400 && status != 500) {
            findings.add(new Finding("response.status.unknown", where + ".response.status",
                    status + " is no status a SOAP endpoint answers", "200, or 400 and 500 with a Fault"));
        }
        String contentType = header(response.getHeaders(), "Content-Type");
        if (contentType != null && !SoapRoute.isSoapContentType(contentType)) {
            findings.add(new Finding("response.content-type.incompatible", where + ".response.headers.Content-Type",
                    contentType, "text/xml (SOAP 1.1) or application/soap+xml (1.2)"));
        }
        SampleResponse documented = documentedResponse(operation, 200);
        String body = text(response.getBody());
        if (status != 200 || documented == null || body == null || body.isBlank()) {
            return;
        }
        Element expected = XmlExpectations.operationOf(body).orElse(null);
        Element docs = XmlExpectations.operationOf(documented.body()).orElse(null);
        if (expected == null) {
            findings.add(new Finding("response.body.incompatible", where + ".response.body",
                    "not a SOAP envelope with a Body element", ""));
        } else if (docs != null) {
            XmlExpectations.compare(expected, docs, "response.body.incompatible", where + ".response.body",
                    findings);
        }
    }

    /** The documented sample response of this status, else the first documented one. */
    private static SampleResponse documentedResponse(Operation operation, int status) {
        SampleResponse first = null;
        for (Sample sample : operation.samples()) {
            if (sample.response() != null) {
                if (sample.response().status() == status) {
                    return sample.response();
                }
                first = first == null ? sample.response() : first;
            }
        }
        return first;
    }

    private static au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory rules(MatchingRules rules,
                                                                                        String category) {
        return rules != null && rules.hasCategory(category) ? rules.rulesForCategory(category) : null;
    }

    private static boolean sameMediaType(String a, String b) {
        return HttpBodies.mediaType(a).equals(HttpBodies.mediaType(b));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return String.join(", ", header.getValue());
            }
        }
        return null;
    }

    private static String text(OptionalBody body) {
        return body == null || !body.isPresent() ? null : new String(body.getValue(), StandardCharsets.UTF_8);
    }
}

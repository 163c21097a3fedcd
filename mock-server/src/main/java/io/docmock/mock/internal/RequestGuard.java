package io.docmock.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.check.BodyCheck;
import io.docmock.check.Problem;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.xml.SoapEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs before stub matching. Always: a body over the size limit gets 413, and XML with a DOCTYPE (external
 * entities, entity expansion) posted to a SOAP endpoint gets a Fault before any XML parser sees it. With
 * validation on: a REST request whose path parameters or JSON body do not fit the docs gets 400 with a problem
 * list, and a SOAP request that is not well-formed XML, not an envelope, or whose operation has undocumented
 * children gets a Sender/Client Fault saying so. What it rejects, and why, is told to the {@link RequestHistory}.
 */
public final class RequestGuard implements StubRequestFilterV2 {
    private final long maxBodyBytes;
    private final boolean validate;
    private final RequestHistory history;
    private final CorsHeaders cors;
    private volatile DocsRoutes routes = new DocsRoutes(List.of());
    private final Map<String, Set<String>> documentedChildren = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> sampledProperties = new ConcurrentHashMap<>();

    public RequestGuard(long maxBodyBytes, boolean validate, RequestHistory history, CorsHeaders cors) {
        this.maxBodyBytes = maxBodyBytes;
        this.validate = validate;
        this.history = history;
        this.cors = cors;
    }

    public void guard(DocsRoutes routes) {
        this.routes = routes;
        documentedChildren.clear();
        sampledProperties.clear();
    }

    @Override
    public String getName() {
        return "docmock-request-guard";
    }

    @Override
    public boolean applyToAdmin() {
        return false;
    }

    @Override
    public boolean applyToStubs() {
        return true;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String url = request.getUrl();
        if (url.startsWith(RequestHistory.PATH_PREFIX)) {
            return RequestFilterAction.continueWith(request);
        }
        ResponseDefinition rejection = check(request, url, serveEvent);
        if (rejection == null) {
            return RequestFilterAction.continueWith(request);
        }
        return RequestFilterAction.stopWith(rejection);
    }

    private ResponseDefinition check(Request request, String url, ServeEvent serveEvent) {
        String declaredLength = request.getHeader("Content-Length");
        long length = declaredLength == null ? -1 : parseLength(declaredLength);
        byte[] body = length > maxBodyBytes ? null : request.getBody();
        if (length > maxBodyBytes || body != null && body.length > maxBodyBytes) {
            String reason = "request body of " + Math.max(length, body == null ? 0 : body.length)
                    + " bytes is over the limit of " + maxBodyBytes + " bytes";
            history.rejected(serveEvent, reason);
            return cors.add(Problems.response(Problems.body(413, "Request body too large", reason))).build();
        }
        String path = pathOf(url);
        DocsRoutes current = routes;
        List<Operation> endpoint = request.getMethod().getName().equals("POST") ? current.soapEndpoint(path) : null;
        if (endpoint != null) {
            return checkSoap(serveEvent, body == null ? new byte[0] : body, endpoint);
        }
        if (!validate) {
            return null;
        }
        DocsRoutes.RestMatch match = current.rest(request.getMethod().getName(), url);
        if (match == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        if (!match.fitsTypes()) {
            problems.addAll(DocsRoutes.pathProblems(match.operation(), url));
        }
        problems.addAll(bodyProblems(match.operation(), request, body));
        if (problems.isEmpty()) {
            return null;
        }
        history.rejected(serveEvent, match.operation().id() + ": " + String.join("; ",
                problems.stream().map(Problem::message).toList()));
        return cors.add(Problems.response(problemBody(match.operation(), problems))).build();
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private List<Problem> bodyProblems(Operation operation, Request request, byte[] body) {
        if (operation.requestBody() == null || body == null || body.length == 0) {
            return List.of();
        }
        String contentType = request.getHeader("Content-Type");
        String text = new String(body, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        boolean json = contentType == null ? trimmed.startsWith("{") || trimmed.startsWith("[")
                : contentType.toLowerCase(Locale.ROOT).contains("json");
        if (!json || trimmed.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode parsed = BodyCheck.parse(text, "body", problems);
        if (parsed != null) {
            Map<String, String> sampled = sampledProperties.computeIfAbsent(operation.id(), id -> sampled(operation));
            problems.addAll(BodyCheck.check(parsed, operation.requestBody(), sampled, "body"));
        }
        return problems;
    }

    /** What a documented sample sends is documented too, even where the property table forgets it. */
    private static Map<String, String> sampled(Operation operation) {
        Map<String, String> sampled = new LinkedHashMap<>();
        for (Sample sample : operation.samples()) {
            if (sample.request() != null) {
                sampled.putAll(BodyCheck.sampleProperties(sample.request().body()));
            }
        }
        return sampled;
    }

    private static Map<String, Object> problemBody(Operation operation, List<Problem> problems) {
        Map<String, Object> body = Problems.withOperation(Problems.body(400, "Request does not fit the docs",
                problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                        + String.join("; ", problems.stream().map(Problem::message).toList())), operation);
        List<Map<String, String>> list = new ArrayList<>();
        for (Problem problem : problems) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("where", problem.where());
            item.put("expected", problem.expected());
            item.put("actual", problem.actual());
            list.add(item);
        }
        body.put("problems", list);
        return body;
    }

    private ResponseDefinition checkSoap(ServeEvent serveEvent, byte[] body, List<Operation> endpoint) {
        String documentedVersion = endpoint.get(0).soap().soapVersion();
        if (declaresDoctypeOrEntity(body)) {
            return fault(serveEvent, documentedVersion, "XML with a DOCTYPE or entity declarations is refused"
                    + " (no external entities, no entity expansion)");
        }
        if (!validate) {
            return null;
        }
        SoapEnvelope shape = SoapEnvelope.read(body);
        if (shape.problem() != null) {
            return fault(serveEvent, documentedVersion, "the request body is not well-formed XML: " + shape.problem());
        }
        if (shape.soapVersion() == null) {
            return fault(serveEvent, documentedVersion, "the request body is not a SOAP envelope: its root element is "
                    + "{" + shape.rootNamespace() + "}" + shape.rootName());
        }
        if (shape.operationName() == null) {
            return null; // an empty Body names no operation: the endpoint's Fault says which there are
        }
        for (Operation operation : endpoint) {
            if (operation.soap().operationElement().equals(shape.operationName())
                    && operation.soap().operationNamespace().equals(shape.operationNamespace())) {
                Set<String> documented = documentedChildren.computeIfAbsent(operation.id(),
                        id -> childrenOfSample(operation));
                if (documented == null) {
                    return null;
                }
                Set<String> undocumented = new TreeSet<>(shape.children());
                undocumented.removeAll(documented);
                if (!undocumented.isEmpty()) {
                    return fault(serveEvent, shape.soapVersion(), operation.soap().operationElement()
                            + " has undocumented elements: " + String.join(", ", undocumented) + "; documented: "
                            + String.join(", ", documented));
                }
            }
        }
        return null;
    }

    /** {@code <!DOCTYPE} or {@code <!ENTITY} anywhere, in any case: found on the bytes, without decoding them. */
    static boolean declaresDoctypeOrEntity(byte[] body) {
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '<' && body[i + 1] == '!' && (startsWithIgnoringCase(body, i + 2, "DOCTYPE")
                    || startsWithIgnoringCase(body, i + 2, "ENTITY"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int at, String word) {
        if (at + word.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toUpperCase((char) (bytes[at + k] & 0xff)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The child element names of the documented sample request's operation element, or null when none is known. */
    private static Set<String> childrenOfSample(Operation operation) {
        for (Sample sample : operation.samples()) {
            if (sample.request() == null) {
                continue;
            }
            SoapEnvelope envelope = SoapEnvelope.read(sample.request().body());
            if (envelope.problem() != null) {
                return null;
            }
            if (envelope.isEnvelope() && envelope.operationName() != null) {
                return new TreeSet<>(envelope.children());
            }
        }
        return null;
    }

    private ResponseDefinition fault(ServeEvent serveEvent, String soapVersion, String reason) {
        history.rejected(serveEvent, reason);
        return cors.add(SoapFaults.senderFault(soapVersion, reason)).build();
    }
}

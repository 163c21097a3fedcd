package io.docmock.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.docmock.model.DocumentedResponse;
import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import io.docmock.model.Protocol;
import io.docmock.model.ReferenceGroups;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.model.SampleResponse;
import io.docmock.openapi.internal.Schemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST operations of the docs as one OpenAPI 3.1 document: paths and operations (operationId the page's id,
 * summary, description with restrictions, tags by agent or entity, deprecated where the page says so), path, query
 * and header parameters with schemas from the documented types, request bodies and responses with component
 * schemas from the property tables, the documented statuses with their reason texts, the samples as examples, and
 * {@code x-docmock-source} with the page and line. The same docs give the same bytes.
 *
 * <pre>{@code
 * OpenApiDocument openApi = OpenApiDocument.of(model.operations());
 * Files.writeString(Path.of("openapi.json"), openApi.json());
 * openApi.decisions().forEach(System.out::println);
 * }</pre>
 */
public final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD",
            "PATCH", "TRACE");
    /** Header parameters OpenAPI says are described elsewhere (media types, security), so ignores. */
    private static final Set<String> NOT_PARAMETERS = Set.of("accept", "content-type", "authorization");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final ObjectNode document;
    private final List<String> decisions;

    private OpenApiDocument(ObjectNode document, List<String> decisions) {
        this.document = document;
        this.decisions = List.copyOf(decisions);
    }

    /** The document of these operations' REST ones. */
    public static OpenApiDocument of(List<Operation> operations) {
        Schemas schemas = new Schemas();
        List<String> decisions = new ArrayList<>();
        List<Operation> rest = operations.stream().filter(op -> op.protocol() == Protocol.REST)
                .sorted(Comparator.comparing((Operation op) -> op.path()).thenComparing(op -> methodRank(op.method()))
                        .thenComparing(Operation::id))
                .toList();
        Map<String, String> templateByShape = new LinkedHashMap<>();
        Map<String, ObjectNode> paths = new TreeMap<>();
        Set<String> tags = new TreeSet<>();
        for (Operation operation : rest) {
            String shape = PARAMETER.matcher(operation.path()).replaceAll("{}");
            String path = templateByShape.computeIfAbsent(shape, s -> operation.path());
            if (!path.equals(operation.path())) {
                decisions.add(operation.source() + ": " + operation.path() + " is " + path + " in the document"
                        + " (OpenAPI allows one template per path; the parameters are named as there)");
            }
            ObjectNode pathItem = paths.computeIfAbsent(path, p -> NODES.objectNode());
            String method = operation.method().toLowerCase(Locale.ROOT);
            if (pathItem.has(method)) {
                decisions.add(operation.source() + ": " + operation.method() + " " + path + " is documented again;"
                        + " the document keeps the first page's (" + pathItem.get(method).get("x-docmock-source")
                        .asText() + ")");
                continue;
            }
            String tag = ReferenceGroups.of(operation);
            tags.add(tag);
            pathItem.set(method, operation(operation, path, tag, schemas, decisions));
        }
        decisions.addAll(schemas.decisions());

        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "The API the docs describe").put("version", "docs")
                .put("description", "Generated by docmock from the API reference docs: " + rest.size()
                        + " REST operations.");
        ArrayNode tagList = document.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode components = document.putObject("components").putObject("schemas");
        schemas.components().forEach(components::set);
        return new OpenApiDocument(document, decisions);
    }

    private static int methodRank(String method) {
        int rank = METHOD_ORDER.indexOf(method.toUpperCase(Locale.ROOT));
        return rank < 0 ? METHOD_ORDER.size() : rank;
    }

    private static ObjectNode operation(Operation operation, String path, String tag, Schemas schemas,
                                        List<String> decisions) {
        String where = operation.source().toString();
        ObjectNode node = NODES.objectNode();
        node.putArray("tags").add(tag);
        node.put("summary", operation.title());
        List<String> description = new ArrayList<>();
        if (operation.summary() != null && !operation.summary().isBlank()) {
            description.add(operation.summary());
        }
        description.addAll(operation.restrictions());
        if (!description.isEmpty()) {
            node.put("description", String.join("\n\n", description));
        }
        node.put("operationId", operation.id());
        ArrayNode parameters = parameters(operation, path, schemas, where, decisions);
        if (!parameters.isEmpty()) {
            node.set("parameters", parameters);
        }
        ObjectNode requestBody = requestBody(operation, schemas, where);
        if (requestBody != null) {
            node.set("requestBody", requestBody);
        }
        node.set("responses", responses(operation, schemas, where));
        if (description.stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).startsWith("deprecated"))) {
            node.put("deprecated", true);
        }
        node.put("x-docmock-source", where);
        return node;
    }

    private static ArrayNode parameters(Operation operation, String path, Schemas schemas, String where,
                                        List<String> decisions) {
        ArrayNode parameters = NODES.arrayNode();
        List<String> names = new ArrayList<>();
        Matcher inPath = PARAMETER.matcher(path);
        while (inPath.find()) {
            names.add(inPath.group(1));
        }
        List<String> documentedNames = new ArrayList<>();
        Matcher own = PARAMETER.matcher(operation.path());
        while (own.find()) {
            documentedNames.add(own.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            String documentedName = i < documentedNames.size() ? documentedNames.get(i) : names.get(i);
            Parameter documented = operation.pathParameters().stream()
                    .filter(p -> p.name().equalsIgnoreCase(documentedName)).findFirst().orElse(null);
            ObjectNode parameter = parameters.addObject().put("name", names.get(i)).put("in", "path")
                    .put("required", true);
            describe(parameter, documented);
            parameter.set("schema", schemas.property(documented == null ? "string" : documented.type(), null,
                    where + " path parameter " + documentedName));
        }
        Map<String, Parameter> query = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        operation.queryParameters().forEach(p -> query.putIfAbsent(p.name(), p));
        for (Sample sample : operation.samples()) {
            if (sample.request() != null) {
                for (String name : RequestTarget.of(sample.request().target()).queryNames()) {
                    query.putIfAbsent(name, new Parameter(name, "string", "", false));
                }
            }
        }
        List<List<String>> sampled = operation.samples().stream().filter(s -> s.request() != null)
                .map(s -> RequestTarget.of(s.request().target()).queryNames()).toList();
        for (Parameter documented : query.values()) {
            ObjectNode parameter = parameters.addObject().put("name", documented.name()).put("in", "query");
            boolean leftOut = sampled.stream().anyMatch(sent -> sent.stream()
                    .noneMatch(name -> name.equalsIgnoreCase(documented.name())));
            if (documented.required() && leftOut) {
                // a table that says required, and a sample without it: the document follows the sample
                decisions.add(where + ": query parameter " + documented.name() + " is documented as required,"
                        + " but a sample request leaves it out; the document has it optional");
            } else if (documented.required()) {
                parameter.put("required", true);
            }
            describe(parameter, documented);
            parameter.set("schema", schemas.property(documented.type(), null, where + " query " + documented.name()));
        }
        for (Parameter documented : operation.requestHeaders()) {
            if (!NOT_PARAMETERS.contains(documented.name().toLowerCase(Locale.ROOT))) {
                ObjectNode parameter = parameters.addObject().put("name", documented.name()).put("in", "header");
                describe(parameter, documented);
                parameter.set("schema", NODES.objectNode().put("type", "string"));
            }
        }
        return parameters;
    }

    private static void describe(ObjectNode parameter, Parameter documented) {
        if (documented != null && documented.description() != null && !documented.description().isBlank()) {
            parameter.put("description", documented.description().strip());
        }
    }

    private static ObjectNode requestBody(Operation operation, Schemas schemas, String where) {
        List<Sample> withBody = operation.samples().stream()
                .filter(s -> s.request() != null && !s.request().body().isBlank()).toList();
        if (operation.requestBody() == null && withBody.isEmpty()) {
            return null;
        }
        String contentType = withBody.isEmpty() ? "application/json" : mediaType(withBody.get(0).request()
                .header("Content-Type"), withBody.get(0).request().body());
        JsonNode sample = withBody.isEmpty() ? null : json(withBody.get(0).request().body());
        ObjectNode media = NODES.objectNode();
        // a JSON body, or one the sample shows as JSON: its documented schema; anything else is text
        media.set("schema", contentType.contains("json") || sample != null
                ? schemas.body(operation.requestBody(), sample, where + " request body", operation.id() + "Request")
                : NODES.objectNode().put("type", "string"));
        addExamples(media, withBody, each -> each.request().body());
        ObjectNode body = NODES.objectNode();
        if (operation.requestBody() != null && operation.requestBody().description() != null
                && !operation.requestBody().description().isBlank()) {
            body.put("description", operation.requestBody().description().strip());
        }
        body.putObject("content").set(contentType, media);
        return body;
    }

    private static ObjectNode responses(Operation operation, Schemas schemas, String where) {
        Map<Integer, String> statuses = new TreeMap<>();
        Map<Integer, DocumentedResponse> tables = new TreeMap<>();
        for (DocumentedResponse response : operation.responses()) {
            statuses.putIfAbsent(response.status(), response.description());
            tables.putIfAbsent(response.status(), response);
        }
        Map<Integer, List<Sample>> samples = new TreeMap<>();
        for (Sample sample : operation.samples()) {
            if (sample.response() != null) {
                statuses.putIfAbsent(sample.response().status(), sample.response().reason());
                samples.computeIfAbsent(sample.response().status(), s -> new ArrayList<>()).add(sample);
            }
        }
        ObjectNode responses = NODES.objectNode();
        if (statuses.isEmpty()) {
            responses.putObject("default").put("description", "The docs give no status.");
            return responses;
        }
        statuses.forEach((status, reason) -> {
            ObjectNode response = responses.putObject(String.valueOf(status));
            response.put("description", reason == null || reason.isBlank() ? "Status " + status : reason.strip());
            List<Sample> shown = samples.getOrDefault(status, List.of()).stream()
                    .filter(s -> !s.response().body().isBlank()).toList();
            DocumentedResponse table = tables.get(status);
            boolean documentedBody = table != null && table.body() != null && !HttpBodies.statusCarriesNoBody(status);
            if (shown.isEmpty() && !documentedBody) {
                return;
            }
            SampleResponse first = shown.isEmpty() ? null : shown.get(0).response();
            String contentType = first == null ? "application/json" : mediaType(first.header("Content-Type"),
                    first.body());
            JsonNode sample = first == null ? null : json(first.body());
            ObjectNode media = NODES.objectNode();
            media.set("schema", first != null && sample == null ? NODES.objectNode().put("type", "string")
                    : schemas.body(table == null ? null : table.body(), sample, where + " response " + status,
                            operation.id() + (status >= 200 && status < 300 ? "" : status) + "Response"));
            addExamples(media, shown, each -> each.response().body());
            response.putObject("content").set(contentType, media);
        });
        return responses;
    }

    /** The samples' bodies as the media type's examples, by sample name: JSON as JSON, anything else as text. */
    private static void addExamples(ObjectNode media, List<Sample> samples, Function<Sample, String> body) {
        ObjectNode examples = NODES.objectNode();
        for (Sample each : samples) {
            JsonNode value = json(body.apply(each));
            examples.putObject(each.name()).set("value", value != null ? value : NODES.textNode(body.apply(each)));
        }
        if (!examples.isEmpty()) {
            media.set("examples", examples);
        }
    }

    private static String mediaType(String contentType, String body) {
        if (contentType != null && !contentType.isBlank()) {
            return HttpBodies.mediaType(contentType);
        }
        return HttpBodies.isXml(null, body) ? "application/xml" : "application/json";
    }

    /** A body as JSON, or null when it is none. */
    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The document as a tree, to read or change. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** What the document follows where the docs are ambiguous, as {@code file:line: decision}. */
    public List<String> decisions() {
        return decisions;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    public String yaml() {
        try {
            return new YAMLMapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}

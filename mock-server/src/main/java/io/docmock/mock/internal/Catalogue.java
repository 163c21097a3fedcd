package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.docmock.mock.internal.shaded.Patterns.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.ReferenceGroups;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.openapi.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The catalogue page at {@code GET /__docmock/}: every operation grouped as the reference groups them, to filter,
 * read and try, and the live request log. The page is one file in the jar with its script and style inside (it works
 * offline); it reads {@code /__docmock/operations} (the list; {@code ?id=} one operation with its sample) and
 * {@code /__docmock/requests}.
 */
public final class Catalogue extends StubTransformer {
    public static final String PAGE = RequestHistory.PATH_PREFIX;
    public static final String OPERATIONS = RequestHistory.PATH_PREFIX + "operations";
    public static final String WARNINGS = RequestHistory.PATH_PREFIX + "warnings";
    public static final String OPENAPI = RequestHistory.PATH_PREFIX + "openapi.json";
    static final String NAME = "docmock-catalogue";
    private static final String HTML = readPage();

    private final Supplier<List<Operation>> operations;
    private final Supplier<List<String>> warnings;
    /** The list for the operations it was built from, built once per reading of the docs. */
    private volatile Map.Entry<List<Operation>, String> list = Map.entry(List.of(), "[]");
    /** The OpenAPI document of the operations it was built from, built when first asked for. */
    private volatile Map.Entry<List<Operation>, String> openApi = Map.entry(List.of(), "");

    /** {@code warnings}: what the last reading of the docs could not read, as {@code file:line: message}. */
    public Catalogue(Supplier<List<Operation>> operations, Supplier<List<String>> warnings) {
        super(NAME);
        this.operations = operations;
        this.warnings = warnings;
    }

    private static String readPage() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/io/docmock/mock/catalogue.html")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stubs of the page and of its data. */
    public static List<StubMapping> stubs() {
        return List.of(
                stub(get(urlMatching("/__docmock/?(?:\\?.*)?")), PAGE, "", "docmock catalogue", "page"),
                stub(get(urlPathEqualTo(OPERATIONS)), OPERATIONS, " operations", "docmock catalogue operations",
                        "operations"),
                stub(get(urlPathEqualTo(OPENAPI)), OPENAPI, " openapi", "docmock OpenAPI document", "openapi"),
                stub(get(urlPathEqualTo(WARNINGS)), WARNINGS, " warnings", "docmock warnings", "warnings"));
    }

    /** One of the page's stubs: {@code what} tells the transformer which answer it completes. */
    private static StubMapping stub(MappingBuilder request, String path, String idSuffix, String name, String what) {
        return request.atPriority(StubKind.CATALOGUE.priority())
                .withId(StubIds.of("_docmock", StubKind.CATALOGUE.label() + idSuffix))
                .withName(name)
                .withMetadata(StubRoute.pathMetadata(path, StubKind.CATALOGUE))
                .willReturn(aResponse().withStatus(200).withTransformers(NAME).withTransformerParameter("what", what))
                .build();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                .withHeader("Cache-Control", "no-store");
        if ("page".equals(serveEvent.getResponseDefinition().getTransformerParameters().getString("what", ""))) {
            return answer.withHeader("Content-Type", "text/html; charset=utf-8")
                    // the page's own script and style only; nothing from elsewhere, no framing by other sites
                    .withHeader("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline';"
                            + " style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'")
                    .withBody(HTML).build();
        }
        answer.withHeader("Content-Type", "application/json");
        if ("openapi".equals(serveEvent.getResponseDefinition().getTransformerParameters().getString("what", ""))) {
            return answer.withBody(openApi()).build();
        }
        if ("warnings".equals(serveEvent.getResponseDefinition().getTransformerParameters().getString("what", ""))) {
            // the version of the operations (it changes when the docs are read again), for the page to follow
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("version", Integer.toHexString(System.identityHashCode(operations.get())));
            status.put("warnings", warnings.get());
            return answer.withBody(Json.write(status)).build();
        }
        QueryParameter id = serveEvent.getRequest().queryParameter("id");
        if (id.isPresent()) {
            Operation operation = operations.get().stream().filter(op -> op.id().equals(id.firstValue()))
                    .findFirst().orElse(null);
            return operation == null
                    ? Problems.response(Problems.body(404, "No such operation", "no operation has the id "
                            + id.firstValue())).build()
                    : answer.withBody(Json.write(details(operation))).build();
        }
        return answer.withBody(list()).build();
    }

    private String list() {
        List<Operation> served = operations.get();
        Map.Entry<List<Operation>, String> cached = list;
        if (cached.getKey() != served) {
            List<Map<String, Object>> entries = new ArrayList<>(served.size());
            served.forEach(operation -> entries.add(summary(operation)));
            // grouped as the page shows them: by group, then path and method
            entries.sort(java.util.Comparator.comparing((Map<String, Object> e) -> (String) e.get("group"))
                    .thenComparing(e -> (String) e.get("path")).thenComparing(e -> (String) e.get("method")));
            cached = Map.entry(served, Json.writeCompact(entries));
            list = cached;
        }
        return cached.getValue();
    }

    private String openApi() {
        List<Operation> served = operations.get();
        Map.Entry<List<Operation>, String> cached = openApi;
        if (cached.getKey() != served || cached.getValue().isEmpty()) {
            cached = Map.entry(served, OpenApiDocument.of(served).json());
            openApi = cached;
        }
        return cached.getValue();
    }

    private static Map<String, Object> summary(Operation operation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", operation.id());
        json.put("protocol", operation.protocol().name());
        json.put("method", operation.method());
        json.put("path", operation.protocol() == Protocol.SOAP
                ? operation.soap().endpointPath() + " " + operation.soap().operationElement() : operation.path());
        json.put("title", operation.title());
        json.put("group", group(operation));
        json.put("source", operation.source().toString());
        json.put("statuses", operation.statuses());
        return json;
    }

    private static Map<String, Object> details(Operation operation) {
        Map<String, Object> json = summary(operation);
        json.put("summary", operation.summary());
        json.put("restrictions", operation.restrictions());
        Sample sample = operation.samples().stream().filter(s -> s.request() != null).findFirst().orElse(null);
        if (sample != null) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("method", sample.request().method());
            request.put("target", concrete(operation, sample.request().target()));
            List<List<String>> headers = new ArrayList<>();
            for (Header header : sample.request().headers()) {
                headers.add(List.of(header.name(), header.value()));
            }
            request.put("headers", headers);
            request.put("body", sample.request().body());
            json.put("request", request);
        }
        return json;
    }

    /** A sample target with a value of each path parameter's type where the docs keep the template. */
    private static String concrete(Operation operation, String target) {
        RequestTarget split = RequestTarget.of(target);
        String path = split.path().contains("{")
                ? PathTemplate.of(split.path(), operation.pathParameters()).example() : split.path();
        return split.query() == null ? path : path + "?" + split.query();
    }

    /** The group the page lists an operation under: its protocol and its reference group. */
    static String group(Operation operation) {
        return operation.protocol().name() + " " + ReferenceGroups.of(operation);
    }
}

package io.docmock.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.parser.TestDocs;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document of the seeds and of the corpus, checked by the tools that read OpenAPI: swagger-parser
 * finds no error in it, and every documented sample, request and response, validates against it with Atlassian's
 * swagger-request-validator; the same docs give the same bytes.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(json, null, options);
    }

    @Test
    void theSeedsDocumentIsValidOpenApi31() throws Exception {
        OpenApiDocument document = OpenApiDocument.of(TestDocs.seeds().operations());
        SwaggerParseResult parsed = parse(document.json());
        assertEquals(List.of(), parsed.getMessages());
        assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
        assertEquals(3, parsed.getOpenAPI().getPaths().size());
        assertEquals(document.json(), OpenApiDocument.of(TestDocs.seeds().operations()).json(), "byte-identical");
    }

    @Test
    void theCorpusDocumentIsValidOpenApi31() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        OpenApiDocument document = OpenApiDocument.of(corpus.operations());
        SwaggerParseResult parsed = parse(document.json());
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(corpus.operations().stream().filter(op -> op.protocol() == Protocol.REST).count(),
                parsed.getOpenAPI().getPaths().values().stream().mapToLong(item -> item.readOperations().size())
                        .sum() + document.decisions().stream().filter(d -> d.contains("documented again")).count());
        assertEquals(document.json(), OpenApiDocument.of(TestDocs.corpusOrSkip().operations()).json());
    }

    /** ChangeOwnPassword of the seeds, as written here by hand from its page. */
    @Test
    void aSeedOperationIsAsItsPageSays() throws Exception {
        ObjectNode document = OpenApiDocument.of(TestDocs.seeds().operations()).document();
        ObjectNode post = (ObjectNode) document.at("/paths/~1api~1v1~1Agents~1User~1ChangeOwnPassword/post");
        List<String> parameters = names(post.remove("parameters")); // the query and the page's request headers
        assertEquals(JSON.readTree("""
                {"tags": ["Agents/User"], "summary": "ChangeOwnPassword",
                 "description": "Change password for a user.\\n\\nOnline Restricted: The User agent is not available in\
                 Online by default. User management is not allowed for partner apps.",
                 "operationId": "v1UserAgent_ChangeOwnPassword",
                 "requestBody": {"description": "OldPassword, NewPassword", "content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/v1UserAgent_ChangeOwnPasswordRequest"},
                   "examples": {"sample-1": {"value": {"OldPassword": "sint", "NewPassword": "sed"}}}}}},
                 "responses": {"200": {"description": "OK", "content": {"application/json": {
                   "schema": {"type": "boolean"}, "examples": {"sample-1": {"value": true}}}}}},
                 "x-docmock-source": "seeds/002_ae206bf9aca075b9.txt:6"}
                """), post);
        assertEquals(List.of("$select query", "X-XSRF-TOKEN header", "Accept-Language header", "SO-Language header",
                "SO-Culture header", "SO-TimeZone header", "SO-AppToken header"), parameters);
        assertEquals(JSON.readTree("""
                {"type": "object", "properties": {"OldPassword": {"type": "string"}, "NewPassword": {"type": "string"}}}
                """), document.at("/components/schemas/v1UserAgent_ChangeOwnPasswordRequest"));
        // SendChangePasswordEMail answers the documented OperationResult
        assertEquals(JSON.readTree("""
                {"type": "object", "properties": {
                  "Success": {"type": "boolean", "description": "Indicates if the operation was successful."},
                  "Message": {"type": "string", "description": "Success/Error message. This can be a symbol ([SR_xxxx])"}}}
                """), document.at("/components/schemas/OperationResult"));
        assertEquals("#/components/schemas/OperationResult", document.at("/paths/~1api~1v1~1Agents~1User"
                + "~1SendChangePasswordEMail/post/responses/200/content/application~1json/schema/$ref").asText());
    }

    /** GET List/{id} of the corpus, as its page says: an int32 id, ListEntityWithLinks, 404 without a body. */
    @Test
    void aCorpusOperationIsAsItsPageSays() throws Exception {
        ObjectNode document = OpenApiDocument.of(TestDocs.corpusOrSkip().operations()).document();
        JsonNode get = document.at("/paths/~1api~1v1~1List~1{id}/get");
        assertEquals("v1ListEntity_GetListEntity", get.get("operationId").asText());
        assertEquals(List.of("List"), List.of(get.get("tags").get(0).asText()));
        assertEquals(JSON.readTree("{\"name\": \"id\", \"in\": \"path\", \"required\": true, \"description\":"
                + " \"The id of the ListEntity to return. Required\", \"schema\": {\"type\": \"integer\","
                + " \"format\": \"int32\"}}"), get.get("parameters").get(0));
        assertEquals("#/components/schemas/ListEntityWithLinks",
                get.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals(JSON.readTree("{\"description\": \"Not Found.\"}"), get.at("/responses/404"));
        JsonNode entity = document.at("/components/schemas/ListEntityWithLinks/properties");
        assertEquals("int32", entity.at("/Id/format").asText());
        assertEquals("boolean", entity.at("/Deleted/type").asText());
        // documented as TableRight, shown as null in the sample: the type or null
        assertEquals(JSON.readTree("[{\"$ref\": \"#/components/schemas/TableRight\"}, {\"type\": \"null\"}]"),
                entity.at("/TableRight/anyOf"));
        assertEquals("corpus/restful/rest/List/v1ListEntity_GetListEntity.md:7", get.get("x-docmock-source").asText());
    }

    @Test
    void theYamlFormIsTheSameDocument() throws Exception {
        OpenApiDocument document = OpenApiDocument.of(TestDocs.seeds().operations());
        SwaggerParseResult parsed = parse(document.yaml());
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(document.document(), new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(document.yaml()));
    }

    private static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.get("name").asText() + " " + p.get("in").asText()));
        return names;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusSampleFitsTheDocument() throws Exception {
        return samplesFit(TestDocs.corpusOrSkip());
    }

    @TestFactory
    Stream<DynamicTest> everySeedSampleFitsTheDocument() throws Exception {
        return samplesFit(TestDocs.seeds());
    }

    private static Stream<DynamicTest> samplesFit(DocsModel docs) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(OpenApiDocument.of(docs.operations()).json()).build();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : docs.operations()) {
            if (operation.protocol() != Protocol.REST) {
                continue;
            }
            for (Sample sample : operation.samples()) {
                if (sample.request() == null || sample.response() == null) {
                    continue;
                }
                tests.add(dynamicTest(operation.id() + " " + sample.name() + " (" + sample.request().source() + ")",
                        () -> {
                            ValidationReport report = validator.validate(request(operation, sample),
                                    response(sample));
                            assertTrue(!report.hasErrors(), report.getMessages().toString());
                        }));
            }
        }
        assertTrue(!tests.isEmpty());
        return tests.stream();
    }

    private static Request request(Operation operation, Sample sample) {
        RequestTarget target = RequestTarget.of(sample.request().target());
        String path = target.path().contains("{")
                ? PathTemplate.of(target.path(), operation.pathParameters()).example() : target.path();
        SimpleRequest.Builder request = new SimpleRequest.Builder(sample.request().method(), path);
        if (target.query() != null) {
            for (String pair : target.query().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        String contentType = sample.request().header("Content-Type");
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (!sample.request().body().isBlank()) {
            request.withBody(sample.request().body());
        }
        return request.build();
    }

    private static SimpleResponse response(Sample sample) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(sample.response().status());
        String contentType = sample.response().header("Content-Type");
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (!sample.response().body().isBlank()) {
            response.withBody(sample.response().body());
        }
        return response.build();
    }
}

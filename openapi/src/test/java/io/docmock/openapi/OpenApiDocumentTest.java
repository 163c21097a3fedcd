package io.docmock.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
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

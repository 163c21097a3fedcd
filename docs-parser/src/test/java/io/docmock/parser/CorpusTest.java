package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import io.docmock.model.SkippedPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every real page of ../shared/corpus: operations with their samples, or a skip with a reason; never a crash. */
class CorpusTest {
    @Test
    void everyPageYieldsOperationsOrIsSkippedWithAReason() throws Exception {
        Path corpus = TestDocs.corpusFolderOrSkip();
        DocsModel model = DocsParser.builder().build().parse(List.of(corpus));
        List<Path> pages = DocsParser.pageFiles(List.of(corpus));
        assertEquals(pages.size(), model.pagesRead());

        Set<String> accounted = new HashSet<>();
        model.operations().forEach(op -> accounted.add(op.source().file()));
        for (SkippedPage skipped : model.skipped()) {
            assertFalse(skipped.reason().isBlank(), skipped.file());
            assertTrue(accounted.add(skipped.file()), "page both skipped and read: " + skipped.file());
        }
        for (Path page : pages) {
            String name = TestDocs.corpusName(page);
            assertTrue(accounted.contains(name), "page neither read nor skipped: " + page);
        }
        for (Diagnostic warning : model.warnings()) {
            assertFalse(warning.message().contains("internal error"), warning.toString());
        }
        assertTrue(model.count(Protocol.REST) >= 70, "REST operations: " + model.count(Protocol.REST));
        assertTrue(model.count(Protocol.SOAP) >= 40, "SOAP operations: " + model.count(Protocol.SOAP));
    }

    @Test
    void onlyNonEndpointPagesAreSkipped() throws Exception {
        Path corpus = TestDocs.corpusFolderOrSkip();
        DocsModel model = DocsParser.builder().build().parse(List.of(corpus));
        for (SkippedPage skipped : model.skipped()) {
            String name = Path.of(skipped.file()).getFileName().toString();
            boolean nonEndpoint = name.equals("index.md") || name.equals("SOURCES.md")
                    || skipped.file().contains("/samples/") || name.startsWith("Services");
            assertTrue(nonEndpoint, "an endpoint page was skipped: " + skipped);
        }
    }

    @Test
    void everyInlineSampleIsRead() throws Exception {
        Path corpus = TestDocs.corpusFolderOrSkip();
        DocsModel model = DocsParser.builder().build().parse(List.of(corpus));
        for (Operation op : model.operations()) {
            String text = Files.readString(TestDocs.corpusFile(op.source().file()));
            long requests = text.lines().filter(l -> l.strip().equals("```http!")).count();
            long responses = text.lines().filter(l -> l.strip().equals("```http_")).count();
            if (op.protocol() == Protocol.SOAP) {
                assertEquals(1, op.samples().size(), op.id());
                assertTrue(op.samples().get(0).request() != null && op.samples().get(0).response() != null, op.id());
                assertFalse(op.soap().operationElement().isBlank(), op.id());
                assertTrue(op.soap().endpointPath().matches("/Remote/Services8\\d/\\w+\\.svc"), op.soap().endpointPath());
                continue;
            }
            assertEquals(requests, op.samples().stream().filter(s -> s.request() != null
                    && s.request().source().file().equals(op.source().file())).count(), op.id());
            assertEquals(responses, op.samples().stream().filter(s -> s.response() != null).count(), op.id());
            boolean includes = text.contains("[!include[");
            if (!includes) {
                assertFalse(op.samples().isEmpty(), "no samples read from " + op.source());
            }
        }
    }

    @Test
    void includeDirectivesResolveRelativeToThePage() throws Exception {
        Path corpus = TestDocs.corpusFolderOrSkip();
        Path page = corpus.resolve("restful/rest/Attachment/v1AttachmentEntity_GetAttachmentStream.md");
        DocsModel model = DocsParser.builder().build().parse(List.of(corpus));
        Operation op = find(model, "v1AttachmentEntity_GetAttachmentStream");
        assertEquals("GET", op.samples().get(0).request().method());
        assertEquals("/api/v1/Attachment/{attachmentId}/Content", op.samples().get(0).request().target());
        assertTrue(op.samples().get(0).request().source().file().endsWith(
                "samples/rest/request/v1AttachmentEntity_GetAttachmentStream.md"));
        String name = TestDocs.corpusName(page);
        assertTrue(model.warnings().stream().anyMatch(w -> w.message().startsWith("include target not found")
                && w.file().equals(name) && w.line() == 58), model.warnings().toString());
    }

    @Test
    void typedPathParametersAndEnumsAreKept() throws Exception {
        Path corpus = TestDocs.corpusFolderOrSkip();
        DocsModel model = DocsParser.builder().build().parse(List.of(corpus.resolve("restful/rest")));
        Operation byId = find(model, "v1CRMScriptEntity_ExecuteScript");
        assertEquals("/api/v1/CRMScript/{cRMScriptId}/Execute", byId.path());
        assertEquals("int32", byId.pathParameters().get(0).type());
        Operation byUniqueId = find(model, "v1CRMScriptEntity_ExecuteScriptByUniqueId");
        assertEquals("string", byUniqueId.pathParameters().get(0).type());
        Operation changeType = find(model, "v1ContactEntity_ChangeFieldType");
        assertTrue(changeType.pathParameters().get(1).type().startsWith("Enum: Number, ShortText"));
        Operation contact = find(model, "v1ContactEntity_GetContactEntity");
        assertEquals(List.of(200, 304, 404), contact.responses().stream().map(r -> r.status()).toList());
    }

    private static Operation find(DocsModel model, String id) {
        return model.operations().stream().filter(op -> op.id().equals(id)).findFirst().orElseThrow();
    }
}

package io.docmock.mock;

import io.docmock.parser.TestDocs;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping files: deterministic, traceable to their page, and stock WireMock answers the samples with them. */
class GeneratedMappingsTest {
    @TempDir
    Path dir;

    @Test
    void stockWireMockAnswersEverySeedSampleFromTheMappingFiles() throws Exception {
        DocsModel model = TestDocs.seeds();
        MappingFiles.write(dir, MockStubs.build(model.operations(), StubOptions.defaults()));
        WireMockServer stock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(dir.toString()));
        stock.start();
        try {
            String base = "http://127.0.0.1:" + stock.port();
            int checked = 0;
            for (Operation operation : model.operations()) {
                for (Sample sample : operation.samples()) {
                    Bodies.assertAnswers(sample.response(), Http.sendSample(base, operation, sample.request()),
                            "stock WireMock, " + operation.id());
                    checked++;
                }
            }
            assertEquals(5, checked);
            assertEquals(400, Http.send(base, "POST", "/api/v1/Agents/User/ChangeOwnPassword", null,
                    "Prefer", "code=500").statusCode());
        } finally {
            stock.stop();
        }
    }

    @Test
    void oneFilePerOperationNamedAfterItsIdWithItsSourceInMetadata() throws Exception {
        DocsModel model = TestDocs.seeds();
        List<Path> files = MappingFiles.write(dir, MockStubs.build(model.operations(), StubOptions.defaults()));
        for (Operation operation : model.operations()) {
            Path file = dir.resolve("mappings").resolve(operation.id() + ".json");
            assertTrue(files.contains(file), file.toString());
            String json = Files.readString(file);
            assertTrue(json.contains("\"source\" : \"" + operation.source() + "\""), json);
        }
    }

    @Test
    void noStubSendsAHeaderTwice() throws Exception {
        List<io.docmock.model.Operation> operations = new java.util.ArrayList<>(TestDocs.seeds().operations());
        for (StubGroup group : MockStubs.build(operations, StubOptions.defaults())) {
            for (var stub : group.stubs()) {
                var headers = stub.getResponse().getHeaders();
                if (headers == null) {
                    continue;
                }
                for (var header : headers.all()) {
                    assertEquals(1, header.values().size(), stub.getName() + " sends " + header.key() + " "
                            + header.values());
                }
            }
        }
    }

    @Test
    void theSameDocsGiveByteIdenticalFiles() throws Exception {
        DocsModel model = TestDocs.seeds();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        MappingFiles.write(first, MockStubs.build(model.operations(), StubOptions.defaults()));
        MappingFiles.write(second, MockStubs.build(TestDocs.seeds().operations(), StubOptions.defaults()));
        try (Stream<Path> files = Files.list(first.resolve("mappings"))) {
            List<Path> all = files.sorted().toList();
            assertEquals(8, all.size(), all.toString());
            for (Path file : all) {
                assertEquals(-1L, Files.mismatch(file, second.resolve("mappings").resolve(file.getFileName())),
                        file.getFileName() + " differs between runs");
            }
        }
    }
}

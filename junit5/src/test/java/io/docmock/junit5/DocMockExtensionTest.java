package io.docmock.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.docmock.contracts.InteractionResult;
import io.docmock.contracts.PactVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension as a user's tests use it, run through JUnit's own engine (EngineTestKit): the test classes below
 * are the user's; this class runs them and looks at what JUnit reports.
 */
class DocMockExtensionTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String CHANGE_OWN = "/api/v1/Agents/User/ChangeOwnPassword";

    static HttpResponse<String> post(String url, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static String failure(Events events) {
        return events.failed().stream().map(event -> event.getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage()).findFirst().orElse("");
    }

    // ---- the user's test classes ----

    @DocMockTest(docs = "classpath:api-docs")
    static class SendsAnUndocumentedRequest {
        @Test
        void documented(DocMockRuntimeInfo mock) throws Exception {
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{\"OldPassword\": \"a\", \"NewPassword\": \"b\"}")
                    .statusCode());
            assertEquals(1, mock.requests().size(), "the history starts empty for each test");
        }

        @Test
        void undocumented(DocMockRuntimeInfo mock) throws Exception {
            post(mock.baseUrl() + "/api/v1/Agents/User/ChangeOwnPasword", "{}");
        }
    }

    @DocMockTest(docs = "classpath:api-docs", failOnUnmatched = false)
    static class MayMisuse {
        @Test
        void undocumented(DocMockRuntimeInfo mock) throws Exception {
            assertEquals(404, post(mock.baseUrl() + "/nothing", "{}").statusCode());
        }
    }

    @DocMockTest(docs = "classpath:api-docs")
    static class Outer {
        static int outerPort;

        @Test
        void outer(DocMockRuntimeInfo mock) {
            outerPort = mock.port();
        }

        @Nested
        class Inner {
            @Test
            void inner(DocMockRuntimeInfo mock) throws Exception {
                assertEquals(outerPort, mock.port(), "the nested class runs in its outer class's mock");
                assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{\"OldPassword\": \"a\"}").statusCode());
            }
        }
    }

    static class TwoBackends {
        @RegisterExtension
        static DocMockExtension first = DocMockExtension.newInstance().docs("classpath:api-docs").build();
        @RegisterExtension
        static DocMockExtension second = DocMockExtension.newInstance()
                .docs(System.getProperty("docmock.seeds", "../seeds")).build();

        @Test
        void both() throws Exception {
            assertNotEquals(first.port(), second.port());
            assertEquals(200, post(first.baseUrl() + CHANGE_OWN, "{}").statusCode());
            assertEquals(200, post(second.baseUrl() + CHANGE_OWN, "{}").statusCode());
            assertEquals(5, second.operations().size());
        }
    }

    static class OnePerTest {
        @RegisterExtension
        DocMockExtension mock = DocMockExtension.newInstance().docs("classpath:api-docs").build();

        @Test
        void one() throws Exception {
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{}").statusCode());
        }

        @Test
        void two() throws Exception {
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{}").statusCode());
        }
    }

    static final String PACTS = "target/recorded-pacts";

    static class RecordsFirst {
        @RegisterExtension
        static DocMockExtension mock = DocMockExtension.newInstance().docs("classpath:api-docs")
                .recordPact(PACTS, "my-app", "superoffice").build();

        @Test
        void changesAPassword() throws Exception {
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{\"OldPassword\": \"a\", \"NewPassword\": \"b\"}")
                    .statusCode());
        }
    }

    static class RecordsSecond {
        @RegisterExtension
        static DocMockExtension mock = DocMockExtension.newInstance().docs("classpath:api-docs")
                .recordPact(PACTS, "my-app", "superoffice").build();

        @Test
        void sendsAnEmail() throws Exception {
            assertEquals(200, post(mock.baseUrl() + "/api/v1/Agents/User/SendChangePasswordEMail",
                    "{\"AssociateId\": 7}").statusCode());
        }
    }

    // ---- what JUnit reports of them ----

    @Test
    void anUndocumentedRequestFailsItsTestNamingTheClosestOperationAndItsPage() {
        Events events = run(SendsAnUndocumentedRequest.class);
        events.assertStatistics(stats -> stats.succeeded(1).failed(1));
        String message = failure(events);
        assertTrue(message.startsWith("docmock: 1 request was not answered from the docs:"), message);
        assertTrue(message.contains("POST /api/v1/Agents/User/ChangeOwnPasword -> 404: no documented operation;"
                + " closest: POST /api/v1/Agents/User/ChangeOwnPassword (v1UserAgent_ChangeOwnPassword,"
                + " api-docs/002_ae206bf9aca075b9.txt:6)"), message);
    }

    @Test
    void failingOnUnmatchedRequestsCanBeTurnedOff() {
        run(MayMisuse.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @Test
    void nestedClassesUseTheirOuterClassesMock() {
        run(Outer.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void twoMocksRunSideBySideAndDocsComeFromFoldersToo() {
        run(TwoBackends.class).assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @Test
    void anInstanceFieldGivesAMockPerTest() {
        run(OnePerTest.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void aPactRecordedOverTwoClassesVerifiesAgainstTheMock() throws Exception {
        Path file = Path.of(PACTS, "my-app-superoffice.json");
        Files.deleteIfExists(file);
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(RecordsFirst.class), selectClass(RecordsSecond.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertTrue(Files.isRegularFile(file), "written when the classes ended");
        try (DocMock provider = DocMock.start(DocMock.options().docs("classpath:api-docs"))) {
            List<InteractionResult> results = new PactVerifier(URI.create(provider.baseUrl()))
                    .verify(List.of(file), result -> { });
            assertEquals(2, results.size(), "one interaction from each class: " + results);
            results.forEach(result -> assertTrue(result.passed(), result.description() + result.mismatches()));
        }
    }

    @Test
    void docsOnTheClassPathAreReadFromInsideAJar(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path jar = dir.resolve("docs.jar");
        Path seeds = Path.of(System.getProperty("docmock.seeds", "../seeds"));
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var pages = Files.list(seeds)) {
            // the folder's own entry, as the jar tool and Maven write it
            out.putNextEntry(new java.util.jar.JarEntry("jar-docs/"));
            out.closeEntry();
            for (Path page : pages.sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("jar-docs/" + page.getFileName()));
                out.write(Files.readAllBytes(page));
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             DocMock mock = DocMock.start(DocMock.options().docs("classpath:jar-docs").classLoader(loader))) {
            assertEquals(5, mock.operations().size());
            assertTrue(mock.operations().get(0).source().file().startsWith("jar-docs/"),
                    mock.operations().get(0).source().toString());
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{}").statusCode());
        }
    }

    @Test
    void theEmbeddedApiServesWithoutJUnit() throws Exception {
        try (DocMock mock = DocMock.start(DocMock.options().docs(Path.of(System.getProperty("docmock.seeds",
                "../seeds"))).port(0))) {
            assertTrue(mock.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), mock.baseUrl());
            assertEquals(200, post(mock.baseUrl() + CHANGE_OWN, "{}").statusCode());
            assertEquals(1, mock.requests().size());
            assertTrue(mock.requests().get(0).answeredFromDocs(), mock.requests().toString());
        }
    }
}

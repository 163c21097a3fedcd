package io.docmock.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.xml.PactXmlBuilder;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.parser.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consumer pacts as a consumer team writes them, with pact-jvm's consumer DSL (JSON bodies with matchers, SOAP
 * with its XML builder), checked against the docs: a consistent one passes, and each deliberately inconsistent one
 * gives its code, where in the pact, and the documented page and line.
 */
class ConsumerPactCheckTest {
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88";

    @TempDir
    Path dir;

    private Path write(RequestResponsePact pact, PactSpecVersion version) {
        Path folder = dir.resolve(version.name());
        pact.write(folder.toString(), version);
        return folder.resolve(pact.getConsumer().getName() + "-" + pact.getProvider().getName() + ".json");
    }

    private static PactDslWithProvider consumer() {
        return ConsumerPactBuilder.consumer("my-app").hasPactWith("superoffice");
    }

    private static String source(DocsModel docs, String id) {
        return docs.operations().stream().filter(op -> op.id().equals(id)).map(Operation::source)
                .findFirst().orElseThrow().toString();
    }

    /**
     * A SOAP 1.1 envelope as pact-jvm's XML builder writes it: it names the root's namespace {@code ns}, and the
     * operation's namespace is declared as an attribute.
     */
    private static PactXmlBuilder envelope(java.util.function.Consumer<au.com.dius.pact.consumer.xml.XmlNode> body) {
        return new PactXmlBuilder("Envelope", SOAP_11, Map.of(), "1.0", "UTF-8", false)
                .build(envelope -> {
                    envelope.setAttributes(Map.of("xmlns:u", SERVICES88));
                    envelope.appendElement("ns:Body", Map.of(), body);
                });
    }

    private static PactXmlBuilder changePassword(Function<String, String> element) {
        return envelope(body ->
                        body.appendElement(element.apply("ChangePassword"), Map.of(), operation -> {
                            operation.appendElement("u:AssociateId", Map.of(), "7");
                            operation.appendElement("u:NewPassword", Map.of(), "secret");
                        }));
    }

    @Test
    void aConsistentPactPassesInEverySpecVersion() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        RequestResponsePact pact = consumer()
                .uponReceiving("change my own password")
                .path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .headers("Content-Type", "application/json")
                .body(new PactDslJsonBody().stringType("OldPassword", "old").stringType("NewPassword", "new"))
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body("true", "application/json")
                .uponReceiving("change a user's password over SOAP 1.1")
                .path("/Remote/Services88/User.svc").method("POST")
                .headers("Content-Type", "text/xml; charset=utf-8")
                .body(changePassword(name -> "u:" + name))
                .willRespondWith().status(200).headers(Map.of("Content-Type", "text/xml; charset=utf-8"))
                .body(envelope(body -> body.appendElement("u:ChangePasswordResponse", Map.of(), answer ->
                        answer.appendElement("u:Response", Map.of(), "true"))))
                .toPact();
        PactCheck check = new PactCheck(seeds.operations());
        for (PactSpecVersion version : List.of(PactSpecVersion.V2, PactSpecVersion.V3, PactSpecVersion.V4)) {
            List<CheckedInteraction> results = check.check(write(pact, version));
            assertEquals(2, results.size(), version.name());
            for (CheckedInteraction result : results) {
                assertTrue(result.passed(), version + " " + result.description() + ": " + result.findings());
            }
            assertEquals(source(seeds, "v1UserAgent_ChangeOwnPassword"), results.stream()
                    .filter(r -> r.request().startsWith("POST /api")).findFirst().orElseThrow().source());
            assertEquals(source(seeds, "services88-user-changepassword"), results.stream()
                    .filter(r -> r.request().startsWith("POST /Remote")).findFirst().orElseThrow().source());
        }
    }

    @Test
    void aConsistentPactOfTheCorpusPassesWithMatchingRules() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        RequestResponsePact pact = consumer()
                .uponReceiving("a list")
                .path("/api/v1/List/5").query("$select=Name").method("GET")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json; charset=utf-8"))
                .body(new PactDslJsonBody().integerType("Id", 5).stringType("Name", "Sales")
                        .booleanType("Deleted", false).object("_Links").stringType("Self").closeObject())
                .toPact();
        List<CheckedInteraction> results = new PactCheck(corpus.operations()).check(write(pact, PactSpecVersion.V3));
        assertTrue(results.get(0).passed(), results.get(0).findings().toString());
        assertEquals("v1ListEntity_GetListEntity", results.get(0).operation());
    }

    @Test
    void aPathParameterOfTheWrongTypeAndAnUndocumentedNestedPropertyAreNamed() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        RequestResponsePact pact = consumer()
                .uponReceiving("a list by name").path("/api/v1/List/sales").method("GET")
                .willRespondWith().status(200)
                .uponReceiving("a list with an owner").path("/api/v1/List/5").method("GET")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body(new PactDslJsonBody().integerType("Id", 5).object("_Links").stringType("Owner").closeObject())
                .toPact();
        List<CheckedInteraction> results = new PactCheck(corpus.operations()).check(write(pact, PactSpecVersion.V3));
        String page = source(corpus, "v1ListEntity_GetListEntity");
        for (CheckedInteraction result : results) {
            String where = "interactions[" + result.index() + "]";
            Finding finding = result.findings().get(0);
            String expected = result.description().equals("a list by name")
                    ? "request.path.incompatible " + where + ".request.path.id"
                    : "response.body.incompatible " + where + ".response.body._Links.Owner";
            assertEquals(expected, finding.code() + " " + finding.where(), finding.line());
            assertEquals(page, result.source());
        }
    }

    /** One inconsistent interaction per code: the code, where in the pact, and the page it was checked against. */
    @Test
    void eachInconsistencyHasItsCode() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        String changeOwn = source(seeds, "v1UserAgent_ChangeOwnPassword");
        RequestResponsePact pact = consumer()
                .uponReceiving("unknown path").path("/api/v1/Agents/User/Nothing").method("POST")
                .willRespondWith().status(200)
                .uponReceiving("unknown query").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .query("$select=Name&color=red")
                .willRespondWith().status(200)
                .uponReceiving("wrong content type").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .headers("Content-Type", "text/plain").body("old,new")
                .willRespondWith().status(200)
                .uponReceiving("wrong body").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .headers("Content-Type", "application/json").body("{\"OldPassword\": 5}")
                .willRespondWith().status(200)
                .uponReceiving("unknown status").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .willRespondWith().status(418)
                .uponReceiving("wrong answer type").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/xml"))
                .uponReceiving("wrong answer").path("/api/v1/Agents/User/ChangeOwnPassword").method("POST")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body(new PactDslJsonBody().stringType("Result", "ok"))
                .uponReceiving("unknown SOAP operation").path("/Remote/Services88/User.svc").method("POST")
                .headers("Content-Type", "text/xml; charset=utf-8")
                .body(changePassword(name -> "u:Rename" + name))
                .willRespondWith().status(200)
                .toPact();
        List<CheckedInteraction> results = new PactCheck(seeds.operations()).check(write(pact, PactSpecVersion.V3));
        // the code, and where in the interaction (pact-jvm writes the interactions in its own order)
        Map<String, String> expected = Map.of(
                "unknown path", "request.path-or-method.unknown request",
                "unknown query", "request.query.unknown request.query.color",
                "wrong content type", "request.content-type.incompatible request.headers.Content-Type",
                "wrong body", "request.body.incompatible request.body.OldPassword",
                "unknown status", "response.status.unknown response.status",
                "wrong answer type", "response.content-type.incompatible response.headers.Content-Type",
                "wrong answer", "response.body.incompatible response.body",
                "unknown SOAP operation", "request.soap-operation.unknown request.body");
        assertEquals(expected.size(), results.size());
        for (CheckedInteraction result : results) {
            String want = expected.get(result.description()).replace(" ", " interactions[" + result.index() + "].");
            assertEquals(1, result.findings().size(), result.description() + ": " + result.findings());
            Finding finding = result.findings().get(0);
            assertEquals(want, finding.code() + " " + finding.where(), result.description() + ": " + finding.line());
            if (result.request().startsWith("POST /api/v1/Agents/User/ChangeOwnPassword")) {
                assertEquals(changeOwn, result.source(), result.description());
            }
        }
    }

    @Test
    void anExampleThatFailsItsOwnRuleAndAMessageInteractionAreReported() throws Exception {
        Path pact = dir.resolve("v4.json");
        Files.writeString(pact, """
                {"consumer": {"name": "my-app"}, "provider": {"name": "superoffice"},
                 "interactions": [
                  {"type": "Synchronous/HTTP", "description": "a bad example",
                   "request": {"method": "POST", "path": "/api/v1/Agents/User/ChangeOwnPassword",
                     "headers": {"Content-Type": ["application/json"]},
                     "body": {"content": {"OldPassword": "abc", "NewPassword": "x"}},
                     "matchingRules": {"body": {"$.OldPassword": {"combine": "AND",
                       "matchers": [{"match": "regex", "regex": "\\\\d+"}]}}}},
                   "response": {"status": 200}},
                  {"type": "Asynchronous/Messages", "description": "an event", "contents": {"content": "x"}}
                 ],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """);
        List<CheckedInteraction> results = new PactCheck(TestDocs.seeds().operations()).check(pact);
        assertEquals("pact.rule.example-unsatisfied interactions[0].request.body.OldPassword",
                results.get(0).findings().get(0).code() + " " + results.get(0).findings().get(0).where());
        assertTrue(results.get(1).isSkipped(), results.get(1).toString());
        assertTrue(results.get(1).skipped().contains("message"), results.get(1).skipped());
    }

    /** A pact pact-js wrote (src/test/pact-js/make-pact.js made it; a JSON body with matchers, a SOAP body). */
    @Test
    void aPactWrittenByPactJsPasses() throws Exception {
        DocsModel seeds = TestDocs.seeds();
        Path pact = dir.resolve("pact-js.json");
        try (var in = ConsumerPactCheckTest.class.getResourceAsStream("/pact-js/pact-js-consumer-superoffice.json")) {
            Files.write(pact, in.readAllBytes());
        }
        List<CheckedInteraction> results = new PactCheck(seeds.operations()).check(pact);
        assertEquals(List.of("v1UserAgent_SendChangePasswordEMail", "services88-user-changepassword"),
                results.stream().map(CheckedInteraction::operation).toList());
        for (CheckedInteraction result : results) {
            assertTrue(result.passed(), result.description() + ": " + result.findings());
        }
    }

    @Test
    void anUnreadablePactNamesTheFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"interactions\": [");
        PactFileProblem problem = org.junit.jupiter.api.Assertions.assertThrows(PactFileProblem.class,
                () -> new PactCheck(TestDocs.seeds().operations()).check(broken));
        assertTrue(problem.getMessage().startsWith(broken.toString()), problem.getMessage());
    }
}

package io.docmock.contracts;

import io.docmock.parser.TestDocs;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.docmock.mock.DocMockServer;
import io.docmock.model.DocsModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How a team verifies its real provider against the contracts docmock writes, with pact-jvm's own JUnit 5
 * support: {@code docmock generate DOCS --out target/docmock} in the build, then this class with the provider's
 * address in {@code setTarget}. Here the provider is docmock serving the same docs, so every interaction passes.
 */
@Provider("api")
@PactFolder("target/junit5-example-pacts")
class ProviderJUnit5ExampleTest {
    private static DocMockServer provider;

    /** Runs before JUnit asks @PactFolder for the pacts; a real build would run docmock generate instead. */
    @BeforeAll
    static void writePactsAndStartProvider() throws Exception {
        DocsModel docs = TestDocs.seeds();
        PactContracts.write(PactContracts.build(docs.operations(), ContractOptions.defaults()).pact(),
                Path.of("target/junit5-example-pacts"), 4);
        provider = DocMockServer.builder().port(0).build(docs.operations()).start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void pointAtTheProvider(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", provider.port(), "/"));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void eachInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }
}

package io.docmock.junit5;

import io.docmock.junit5.internal.PactFile;
import io.docmock.mock.ReceivedRequest;
import io.docmock.model.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A mock of the docs for JUnit 5 tests. Declared with {@link DocMockTest}, or registered as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static DocMockExtension superOffice = DocMockExtension.newInstance().docs("classpath:api-docs")
 *         .recordPact(Path.of("target/pacts"), "my-app", "superoffice").build();
 * }</pre>
 *
 * <p>A static field gives one mock for the class (and its {@code @Nested} classes), an instance field one per
 * test; any number side by side. Before each test the request history is cleared; after it, unless turned off,
 * a request that no documented operation answered, or that validation refused, fails the test with why and the
 * closest operations. With {@code recordPact}, what the tests used is written as a consumer pact when each mock
 * stops, merged with what the mocks of earlier classes of the run recorded into the same file.
 */
public final class DocMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, DocMockRuntimeInfo {
    private static final ExtensionContext.Namespace PACTS = ExtensionContext.Namespace.create(DocMockExtension.class,
            "recorded pacts");

    /** What a mock serves and checks; null {@code pactFolder} when nothing is recorded. */
    private record Settings(List<String> docs, boolean validate, boolean failOnUnmatched, Path pactFolder,
                            String consumer, String provider) {
    }

    /** Null when declared with {@link DocMockTest}: the annotation says, when the class starts. */
    private final Settings given;
    private DocMock mock;
    /** The unique id of the context that started the mock: only its end stops it. */
    private String startedBy;

    /** The extension {@link DocMockTest} declares; its settings come from the annotation. */
    public DocMockExtension() {
        this(null);
    }

    private DocMockExtension(Settings settings) {
        this.given = settings;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (mock == null) { // a @Nested class runs inside its outer class's mock
            start(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (mock == null) { // an instance field: one mock per test
            start(context);
        }
        mock.clearRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<ReceivedRequest> unmatched = new ArrayList<>();
        if (settings(context).failOnUnmatched()) {
            mock.requests().stream().filter(request -> !request.answeredFromDocs()).forEach(unmatched::add);
        }
        stopIfStartedBy(context);
        if (!unmatched.isEmpty()) {
            StringBuilder message = new StringBuilder("docmock: " + unmatched.size()
                    + (unmatched.size() == 1 ? " request was" : " requests were") + " not answered from the docs:");
            unmatched.forEach(request -> message.append("\n  ").append(request.line()));
            throw new AssertionError(message.toString());
        }
    }

    private void start(ExtensionContext context) {
        Settings settings = settings(context);
        DocMock.Options options = DocMock.options().docs(settings.docs().toArray(String[]::new)).port(0)
                .validate(settings.validate()).classLoader(context.getRequiredTestClass().getClassLoader());
        if (settings.pactFolder() != null) {
            // one pact file per folder, consumer and provider for the whole run, kept by JUnit's root context
            Path folder = settings.pactFolder().toAbsolutePath().normalize();
            String key = folder + "|" + settings.consumer() + "|" + settings.provider();
            options.recordInto(context.getRoot().getStore(PACTS).getOrComputeIfAbsent(key,
                    k -> new PactFile(folder, settings.consumer(), settings.provider()), PactFile.class));
        }
        mock = DocMock.start(options);
        startedBy = context.getUniqueId();
    }

    private void stopIfStartedBy(ExtensionContext context) {
        if (mock != null && context.getUniqueId().equals(startedBy)) {
            mock.close();
            mock = null;
            startedBy = null;
        }
    }

    private Settings settings(ExtensionContext context) {
        if (given != null) {
            return given;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            DocMockTest declared = type.getAnnotation(DocMockTest.class);
            if (declared != null) {
                return new Settings(List.of(declared.docs()), declared.validate(), declared.failOnUnmatched(), null,
                        null, null);
            }
        }
        throw new IllegalStateException("docmock: DocMockExtension registered without @DocMockTest or a builder");
    }

    /** Only the declared extension injects: two registered ones would compete for the parameter. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return given == null && parameter.getParameter().getType() == DocMockRuntimeInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    private DocMock running() {
        if (mock == null) {
            throw new IllegalStateException("docmock: the mock runs only while a test of its class runs");
        }
        return mock;
    }

    @Override
    public String baseUrl() {
        return running().baseUrl();
    }

    @Override
    public int port() {
        return running().port();
    }

    @Override
    public List<Operation> operations() {
        return running().operations();
    }

    @Override
    public List<ReceivedRequest> requests() {
        return running().requests();
    }

    /** Settings of a registered extension. */
    public static final class Builder {
        private final List<String> docs = new ArrayList<>();
        private boolean validate = true;
        private boolean failOnUnmatched = true;
        private Path pactFolder;
        private String consumer;
        private String provider;

        private Builder() {
        }

        /** Folders or pages, or class path folders as {@code classpath:api-docs}. */
        public Builder docs(String... locations) {
            docs.addAll(List.of(locations));
            return this;
        }

        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        public Builder failOnUnmatched(boolean failOnUnmatched) {
            this.failOnUnmatched = failOnUnmatched;
            return this;
        }

        /** Records the interactions the tests use as {@code FOLDER/CONSUMER-PROVIDER.json}, merged over the run. */
        public Builder recordPact(String folder, String consumer, String provider) {
            this.pactFolder = Path.of(folder);
            this.consumer = consumer;
            this.provider = provider;
            return this;
        }

        public DocMockExtension build() {
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("docmock: no docs given; name a folder or classpath:folder");
            }
            return new DocMockExtension(new Settings(List.copyOf(docs), validate, failOnUnmatched, pactFolder,
                    consumer, provider));
        }
    }
}

package io.docmock.junit5;

import io.docmock.junit5.internal.DocsSources;
import io.docmock.junit5.internal.PactFile;
import io.docmock.mock.ContractRecorder;
import io.docmock.mock.DocMockServer;
import io.docmock.mock.ReceivedRequest;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * docmock embedded: a mock of the docs on a port of this machine, for tests with or without JUnit.
 *
 * <pre>{@code
 * try (DocMock mock = DocMock.start(DocMock.options().docs("classpath:api-docs").port(0))) {
 *     HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/...")) ...);
 * }
 * }</pre>
 */
public final class DocMock implements DocMockRuntimeInfo, AutoCloseable {
    private final DocMockServer server;

    private DocMock(DocMockServer server) {
        this.server = server;
    }

    public static Options options() {
        return new Options();
    }

    /** Reads the docs and starts serving them on 127.0.0.1; an unreadable location is an IllegalArgumentException. */
    public static DocMock start(Options options) {
        DocsModel docs = DocsSources.read(options.docs, options.loader);
        DocMockServer.Builder builder = DocMockServer.builder().port(options.port).bindAddress("127.0.0.1")
                .validate(options.validate).errors(new PrintWriter(System.err, true));
        if (options.recorder != null) {
            builder.recordContract(options.recorder);
        }
        return new DocMock(builder.build(docs.operations()).start(docs.operations(), docs.wsdls()));
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public List<Operation> operations() {
        return server.operations();
    }

    @Override
    public List<ReceivedRequest> requests() {
        return server.requests();
    }

    /** Forgets the requests received so far. */
    public void clearRequests() {
        server.clearRequests();
    }

    /** Stops the mock; a recorded pact is written first. */
    @Override
    public void close() {
        server.stop();
    }

    /** What to serve, and how. */
    public static final class Options {
        private final List<String> docs = new ArrayList<>();
        private int port;
        private boolean validate = true;
        private ContractRecorder recorder;
        private ClassLoader loader = DocMock.class.getClassLoader();

        private Options() {
        }

        /** Folders or pages, or class path folders as {@code classpath:api-docs}. */
        public Options docs(String... locations) {
            docs.addAll(List.of(locations));
            return this;
        }

        public Options docs(Path... folders) {
            for (Path folder : folders) {
                docs.add(folder.toString());
            }
            return this;
        }

        /** The port; 0 (the default) for any free one. */
        public Options port(int port) {
            this.port = port;
            return this;
        }

        /** Whether requests that do not fit the docs are refused (the default) or answered anyway. */
        public Options validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /** Records what the mock answers as a consumer pact, {@code DIR/CONSUMER-PROVIDER.json}, written on close. */
        public Options recordPact(Path folder, String consumer, String provider) {
            return recordInto(new PactFile(folder, consumer, provider));
        }

        /** Records into this recorder (the extension shares one pact file between the mocks of a run). */
        Options recordInto(ContractRecorder recorder) {
            this.recorder = recorder;
            return this;
        }

        /** Where {@code classpath:} locations are looked up; the test class's loader under the extension. */
        Options classLoader(ClassLoader loader) {
            this.loader = loader;
            return this;
        }
    }
}

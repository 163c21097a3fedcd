package io.docmock.cli;

import picocli.CommandLine.Option;

/** {@code --no-cors}, shared by the commands that make stubs: serve, and generate's mapping files. */
final class CorsOption {
    @Option(names = "--no-cors", negatable = false,
            description = "No CORS: no preflight stub, and no Access-Control-* headers on answers.")
    boolean off;

    boolean enabled() {
        return !off;
    }
}

package io.docmock.cli;

import io.docmock.mock.StubOptions;
import picocli.CommandLine.Option;

/** How stubs are made, shared by the commands that make them: serve, and generate's mapping files. */
final class StubChoices {
    @Option(names = "--no-cors", negatable = false,
            description = "No CORS: no preflight stub, and no Access-Control-* headers on answers.")
    boolean noCors;

    @Option(names = "--case-sensitive-paths", negatable = false,
            description = "Match literal path segments only in the documented case (the real server, ASP.NET,"
                    + " ignores case, and so does docmock by default).")
    boolean caseSensitivePaths;

    StubOptions options() {
        return new StubOptions(!noCors, caseSensitivePaths);
    }
}

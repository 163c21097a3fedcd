package io.docmock.cli;

import io.docmock.contracts.InteractionResult;
import io.docmock.contracts.PactFileProblem;
import io.docmock.contracts.PactVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify every interaction of pact files against a running provider (docmock, or a real server).")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--pacts", required = true, paramLabel = "PATH", description = "A pact file, or a folder of them.")
    Path pacts;

    @Option(names = "--provider-url", required = true, paramLabel = "URL",
            description = "Where the provider listens, e.g. http://127.0.0.1:8080.")
    String providerUrl;

    @Mixin
    ReportFiles reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        URI url = providerUrl(providerUrl);
        List<Path> files;
        try {
            files = PactVerifier.pactFiles(pacts);
        } catch (IOException e) {
            throw new UserError("no such pact file or folder: " + pacts);
        }
        if (files.isEmpty()) {
            throw new UserError("no pact files (*.json) in " + pacts);
        }
        List<InteractionResult> results;
        try {
            results = new PactVerifier(url).verify(files, result -> print(result, out));
        } catch (PactFileProblem e) {
            throw new UserError(e.getMessage());
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.printf("%d passed, %d failed%n", results.size() - failed, failed);
        out.flush();
        reports.write(results, "docmock verify " + url);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static URI providerUrl(String text) {
        try {
            URI url = new URI(text);
            if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new UserError("--provider-url must be an http(s) URL with a host, like http://127.0.0.1:8080;"
                        + " got '" + text + "'");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UserError("--provider-url is not a URL: " + e.getMessage());
        }
    }

    private static void print(InteractionResult result, PrintWriter out) {
        if (result.passed()) {
            out.printf("PASS %s%n", result.description());
        } else {
            out.printf("FAIL %s%s%n", result.description(), result.source().isEmpty() ? "" : " [" + result.source() + "]");
            result.mismatches().forEach(mismatch -> out.printf("     %s%n", mismatch));
        }
        out.flush();
    }
}

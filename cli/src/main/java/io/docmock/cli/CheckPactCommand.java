package io.docmock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docmock.contracts.CheckedInteraction;
import io.docmock.contracts.PactCheck;
import io.docmock.contracts.PactFileProblem;
import io.docmock.contracts.PactVerifier;
import io.docmock.model.DocsModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check-pact", mixinStandardHelpOptions = true,
        description = "Check consumer pacts against the docs, before any provider runs: each interaction's request "
                + "and expected response against its documented operation.")
final class CheckPactCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PACT", arity = "1..*", description = "Pact files (v2, v3, v4), or folders of them.")
    List<Path> pacts;

    @Option(names = "--docs", paramLabel = "DOCS", arity = "1..*",
            description = "Pages or folders of pages. Default: the packaged seed pages.")
    List<Path> docs;

    @Mixin
    ReportFiles reports;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the findings as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Path path : pacts) {
            try {
                files.addAll(PactVerifier.pactFiles(path));
            } catch (IOException e) {
                throw new UserError("no such pact file or folder: " + path);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("no pact files (*.json) in " + pacts);
        }
        DocsInput input = new DocsInput();
        input.docs = docs;
        DocsModel model = input.read(null);
        PactCheck check = new PactCheck(model.operations());
        List<CheckedInteraction> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.addAll(check.check(file));
            } catch (PactFileProblem e) {
                throw new UserError(e.getMessage());
            }
        }
        results.forEach(result -> print(result, out));
        long failed = results.stream().filter(r -> !r.passed() && !r.isSkipped()).count();
        long skipped = results.stream().filter(CheckedInteraction::isSkipped).count();
        out.printf("%d passed, %d failed%s%n", results.size() - failed - skipped, failed,
                skipped == 0 ? "" : ", " + skipped + " skipped");
        out.flush();
        reports.write(results.stream().filter(r -> !r.isSkipped()).map(CheckedInteraction::asResult).toList(),
                "docmock check-pact");
        if (json != null) {
            try {
                writeJson(results, json);
            } catch (IOException e) {
                throw new UserError(e.getMessage());
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void print(CheckedInteraction result, PrintWriter out) {
        String what = "[" + result.index() + "] " + result.description()
                + (result.request().isEmpty() ? "" : ": " + result.request());
        String against = result.operation().isEmpty() ? "" : " -> " + result.operation() + " (" + result.source() + ")";
        if (result.isSkipped()) {
            out.printf("SKIP %s: %s%n", what, result.skipped());
        } else if (result.passed()) {
            out.printf("OK   %s%s%n", what, against);
        } else {
            out.printf("FAIL %s%s%n", what, against);
            result.findings().forEach(finding -> out.printf("     %s%n", finding.line()));
        }
    }

    private static void writeJson(List<CheckedInteraction> results, Path file) throws IOException {
        List<Map<String, Object>> interactions = new ArrayList<>();
        for (CheckedInteraction result : results) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pactFile", result.pactFile());
            one.put("index", result.index());
            one.put("description", result.description());
            one.put("request", result.request());
            one.put("outcome", result.isSkipped() ? "skipped" : result.passed() ? "passed" : "failed");
            one.put("operation", result.operation());
            one.put("source", result.source());
            one.put("findings", result.findings());
            if (result.isSkipped()) {
                one.put("skipped", result.skipped());
            }
            interactions.add(one);
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
                Map.of("interactions", interactions));
    }
}

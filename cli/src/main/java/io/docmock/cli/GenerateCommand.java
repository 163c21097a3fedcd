package io.docmock.cli;

import io.docmock.contracts.ContractOptions;
import io.docmock.contracts.Contracts;
import io.docmock.contracts.PactContracts;
import io.docmock.mock.MappingFiles;
import io.docmock.mock.MockStubs;
import io.docmock.mock.StubGroup;
import io.docmock.mock.WsdlFiles;
import io.docmock.openapi.OpenApiDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.docmock.model.DocsModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write WireMock mapping files (DIR/mappings/) and a Pact contract (DIR/pacts/) for the"
                + " documented operations."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    DocsInput docs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Mixin
    StubChoices stubs;

    @Option(names = "--consumer", defaultValue = ContractOptions.DEFAULT_CONSUMER,
            description = "Consumer name in the pact. Default: ${DEFAULT-VALUE}.")
    String consumer;

    @Option(names = "--provider", description = "Provider name in the pact. Default: taken from the docs, else api.")
    String provider;

    @Option(names = "--soap-version", paramLabel = "1.1|1.2",
            description = "Write every SOAP interaction of the pact in this SOAP version, for providers that speak only"
                    + " their WSDL's binding. Default: each as documented.")
    String soapVersion;

    @Option(names = "--openapi-format", defaultValue = "json", paramLabel = "json|yaml",
            description = "Write DIR/openapi.json, or DIR/openapi.yaml. Default: ${DEFAULT-VALUE}.")
    String openApiFormat;

    @Option(names = "--pact-spec", defaultValue = "4", description = "Pact specification version, 3 or 4. Default: 4.")
    int pactSpec;

    @Spec
    CommandSpec spec;

    private ContractOptions contractOptions() {
        try {
            return new ContractOptions(consumer, provider, soapVersion);
        } catch (IllegalArgumentException e) {
            throw new UserError("--soap-version must be 1.1 or 1.2, not " + soapVersion);
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!openApiFormat.equals("json") && !openApiFormat.equals("yaml")) {
            throw new UserError("--openapi-format must be json or yaml, not " + openApiFormat);
        }
        if (pactSpec != 3 && pactSpec != 4) {
            throw new UserError("--pact-spec must be 3 or 4, not " + pactSpec);
        }
        DocsModel model = docs.read(err);
        DocsOutput.warnings(model, err);
        List<StubGroup> groups = MockStubs.build(model.operations(), stubs.options());
        Contracts contracts = PactContracts.build(model.operations(), contractOptions());
        try {
            List<Path> files = MappingFiles.write(out, groups);
            int stubs = groups.stream().mapToInt(g -> g.stubs().size()).sum();
            stdout.printf("wrote %d mapping files (%d stubs) for %s to %s%n", files.size(), stubs,
                    DocsOutput.operations(model), out.resolve("mappings"));
            List<Path> wsdls = WsdlFiles.write(out, model.operations(), model.wsdls());
            if (!wsdls.isEmpty()) {
                stdout.printf("wrote %d WSDLs (one per SOAP endpoint: the docs' WSDL page of it, else one inferred from"
                        + " its samples) to %s%n", wsdls.size(),
                        out.resolve("wsdl"));
            }
            OpenApiDocument openApi = OpenApiDocument.of(model.operations());
            Path openApiFile = out.resolve("openapi." + openApiFormat);
            Files.writeString(openApiFile, openApiFormat.equals("yaml") ? openApi.yaml() : openApi.json(),
                    StandardCharsets.UTF_8);
            stdout.printf("wrote %s (OpenAPI 3.1, %d REST operations)%n", openApiFile,
                    model.count(io.docmock.model.Protocol.REST));
            if (!openApi.decisions().isEmpty()) {
                stdout.printf("where the docs are ambiguous, the OpenAPI document follows the samples:%n");
                openApi.decisions().forEach(decision -> stdout.printf("  %s%n", decision));
            }
            Path pact = PactContracts.write(contracts.pact(), out.resolve("pacts"), pactSpec);
            stdout.printf("wrote pact %s (specification v%d, %d interactions)%n", pact, pactSpec,
                    contracts.pact().getInteractions().size());
        } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + e.getMessage());
        }
        if (!contracts.withoutSamples().isEmpty()) {
            stdout.printf("%d operations have no sample response, so no interaction:%n",
                    contracts.withoutSamples().size());
            contracts.withoutSamples().forEach(op -> stdout.printf("  %s (%s) %s%n", op.label(), op.id(), op.source()));
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}

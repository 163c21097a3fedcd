package io.docmock.cli;

import io.docmock.mock.MappingFiles;
import io.docmock.mock.MockStubs;
import io.docmock.mock.StubGroup;
import io.docmock.mock.StubOptions;
import io.docmock.model.DocsModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write WireMock mapping files (DIR/mappings/) for the documented operations.")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DOCS", arity = "0..*",
            description = "Pages or folders of pages. Default: the packaged seed pages.")
    List<Path> docs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--no-cors", negatable = false, description = "Leave CORS headers and the preflight stub out.")
    boolean noCors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocsModel model = DocsInput.read(docs, err);
        DocsOutput.warnings(model, err);
        List<StubGroup> groups = MockStubs.build(model.operations(), new StubOptions(!noCors));
        try {
            List<Path> files = MappingFiles.write(out, groups);
            int stubs = groups.stream().mapToInt(g -> g.stubs().size()).sum();
            stdout.printf("wrote %d mapping files (%d stubs) for %s to %s%n", files.size(), stubs,
                    DocsOutput.operations(model), out.resolve("mappings"));
        } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + e.getMessage());
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}

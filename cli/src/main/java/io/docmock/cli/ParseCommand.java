package io.docmock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Protocol;
import io.docmock.model.SkippedPage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read the docs and print what they document: operations, skipped pages, warnings.")
final class ParseCommand implements Callable<Integer> {
    @Mixin
    DocsInput docs;

    @Option(names = "--json", description = "Print only the operation model, a JSON array, on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocsModel model = docs.read(json ? null : err);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(model.operations()));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("pages read: %d%n", model.pagesRead());
        out.printf("operations: %d (REST %d, SOAP %d)%n", model.operations().size(), model.count(Protocol.REST),
                model.count(Protocol.SOAP));
        out.printf("pages skipped: %d%n", model.skipped().size());
        for (SkippedPage page : model.skipped()) {
            out.printf("  %s: %s%n", page.file(), page.reason());
        }
        out.printf("warnings: %d%n", model.warnings().size());
        for (Diagnostic warning : model.warnings()) {
            out.printf("  %s%n", warning);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

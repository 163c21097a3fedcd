package io.docmock.cli;

import io.docmock.check.DocsLint;
import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Report where the docs contradict themselves: sample bodies against property tables, sample"
                + " statuses against status tables, sample paths against documented paths, samples that are not valid"
                + " JSON or XML, and whatever the parser could not read. Exit 1 when anything is found."})
final class LintCommand implements Callable<Integer> {
    @Mixin
    DocsInput docs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocsModel model = docs.read(spec.commandLine().getErr());
        List<Diagnostic> findings = DocsLint.lint(model);
        findings.forEach(finding -> out.println(finding));
        long pages = findings.stream().map(Diagnostic::file).distinct().count();
        out.printf("%d findings in %d files; %d pages read, %d operations checked%n", findings.size(), pages,
                model.pagesRead(), model.operations().size());
        out.flush();
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}

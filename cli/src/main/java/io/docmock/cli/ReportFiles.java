package io.docmock.cli;

import io.docmock.contracts.HtmlReport;
import io.docmock.contracts.InteractionResult;
import io.docmock.contracts.JUnitReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The report files of the commands that check pacts (verify, check-pact), as a picocli mixin they share. */
final class ReportFiles {
    @Option(names = "--junit", paramLabel = "FILE", description = "Also write one JUnit test case per interaction.")
    Path junit;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    /** Writes the reports asked for. */
    void write(List<InteractionResult> results, String title) {
        try {
            if (junit != null) {
                JUnitReport.write(results, title, junit);
            }
            if (html != null) {
                HtmlReport.write(results, title, html);
            }
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
    }
}

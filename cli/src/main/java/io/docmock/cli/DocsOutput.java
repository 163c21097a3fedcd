package io.docmock.cli;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Protocol;
import java.io.PrintWriter;

/** How commands that serve or write from the docs report what the docs held. */
final class DocsOutput {
    private static final int WARNINGS_SHOWN = 20;

    private DocsOutput() {
    }

    static String operations(DocsModel model) {
        return model.operations().size() + " operations (REST " + model.count(Protocol.REST) + ", SOAP "
                + model.count(Protocol.SOAP) + ")";
    }

    /** The first warnings, each as file:line: message, and how many more there are. */
    static void warnings(DocsModel model, PrintWriter err) {
        int shown = 0;
        for (Diagnostic warning : model.warnings()) {
            if (shown++ == WARNINGS_SHOWN) {
                err.printf("warning: ... and %d more (docmock parse lists them all)%n",
                        model.warnings().size() - WARNINGS_SHOWN);
                break;
            }
            err.printf("warning: %s%n", warning);
        }
        if (!model.skipped().isEmpty()) {
            err.printf("%d pages skipped, not endpoint pages (docmock parse says why)%n", model.skipped().size());
        }
        err.flush();
    }
}

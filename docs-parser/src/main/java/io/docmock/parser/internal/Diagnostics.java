package io.docmock.parser.internal;

import io.docmock.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one page. Not shared between threads: each page gets its own. */
public final class Diagnostics {
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void warn(String file, int line, String message) {
        warnings.add(new Diagnostic(file, line, message));
    }

    public List<Diagnostic> list() {
        return warnings;
    }
}

package io.docmock.cli;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.SkippedPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The docs as served while they are edited: each reading replaces what it read well, and a page that a reading
 * could not read (it held operations before, and now gives a warning or is skipped) keeps its last good version.
 * A page that is gone is gone.
 */
final class LastGoodDocs {
    private Map<String, List<Operation>> byFile = new LinkedHashMap<>();

    /** What to serve after this reading, and which pages kept their last good version. */
    record Merged(List<Operation> operations, List<String> kept) {
    }

    Merged merge(DocsModel fresh) {
        Map<String, List<Operation>> next = new LinkedHashMap<>();
        for (Operation operation : fresh.operations()) {
            next.computeIfAbsent(operation.source().file(), file -> new ArrayList<>()).add(operation);
        }
        Set<String> unreadable = new TreeSet<>();
        fresh.warnings().stream().map(Diagnostic::file).forEach(unreadable::add);
        fresh.skipped().stream().map(SkippedPage::file).forEach(unreadable::add);
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> before : byFile.entrySet()) {
            if (!next.containsKey(before.getKey()) && unreadable.contains(before.getKey())) {
                next.put(before.getKey(), before.getValue());
                kept.add(before.getKey());
            }
        }
        byFile = next;
        List<Operation> operations = new ArrayList<>();
        next.values().forEach(operations::addAll);
        return new Merged(operations, kept);
    }
}

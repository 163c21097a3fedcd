package io.docmock.mock.internal;

import io.docmock.model.Operation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The documented operations nearest to a request that matched none: same method first, then shared path. */
public final class ClosestOperations {
    private final List<Operation> operations;

    public ClosestOperations(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public List<Operation> closest(String method, String path, int limit) {
        String[] requested = segments(path);
        return operations.stream()
                .sorted(Comparator.comparingInt((Operation op) -> -score(op, method, requested))
                        .thenComparing(Operation::path)
                        .thenComparing(Operation::id))
                .limit(limit)
                .toList();
    }

    private static int score(Operation operation, String method, String[] requested) {
        String[] documented = segments(operation.path());
        int score = operation.method().equalsIgnoreCase(method) ? 2 : 0;
        int shared = 0;
        for (int i = 0; i < Math.min(documented.length, requested.length); i++) {
            String d = documented[i];
            if (d.equalsIgnoreCase(requested[i])) {
                shared += 3;
            } else if (d.startsWith("{")) {
                shared += 1;
            } else {
                break;
            }
        }
        int lengthGap = Math.abs(documented.length - requested.length);
        return score + shared * 2 - lengthGap;
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}

package io.docmock.mock.internal;

import io.docmock.model.Operation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The documented operations nearest to a request that matched none: path segments compared in place (equal,
 * a parameter, or by edit distance, so a typo still finds its operation), then the method.
 */
public final class ClosestOperations {
    private final List<Operation> operations;

    public ClosestOperations(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public List<Operation> closest(String method, String path, int limit) {
        String[] requested = segments(path);
        return operations.stream()
                .sorted(Comparator.comparingDouble((Operation op) -> -score(op, method, requested))
                        .thenComparing(Operation::path)
                        .thenComparing(Operation::id))
                .limit(limit)
                .toList();
    }

    private static double score(Operation operation, String method, String[] requested) {
        String[] documented = segments(operation.path());
        double score = operation.method().equalsIgnoreCase(method) ? 0.5 : 0;
        for (int i = 0; i < Math.min(documented.length, requested.length); i++) {
            score += similarity(documented[i], requested[i]);
        }
        return score - 0.5 * Math.abs(documented.length - requested.length);
    }

    private static double similarity(String documented, String requested) {
        if (documented.equals(requested)) {
            return 1;
        }
        if (documented.startsWith("{")) {
            return 0.5;
        }
        int longest = Math.max(documented.length(), requested.length());
        return Math.max(0, 1 - (double) editDistance(documented, requested) / longest) * 0.9;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}

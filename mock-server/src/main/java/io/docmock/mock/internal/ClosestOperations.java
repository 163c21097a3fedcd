package io.docmock.mock.internal;

import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
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
        List<String> requested = segments(path);
        return operations.stream()
                .sorted(Comparator.comparingDouble((Operation op) -> -score(op, method, requested))
                        .thenComparing(Operation::path)
                        .thenComparing(Operation::id))
                .limit(limit)
                .toList();
    }

    private static double score(Operation operation, String method, List<String> requested) {
        List<String> documented = segments(operation.path());
        double score = operation.method().equalsIgnoreCase(method) ? 0.5 : 0;
        for (int i = 0; i < Math.min(documented.size(), requested.size()); i++) {
            score += similarity(documented.get(i), requested.get(i));
        }
        return score - 0.5 * Math.abs(documented.size() - requested.size());
    }

    private static double similarity(String documented, String requested) {
        if (documented.equals(requested)) {
            return 1;
        }
        if (PathTemplate.hasParameter(documented)) {
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

    private static List<String> segments(String path) {
        return PathTemplate.segmentsOf(path.toLowerCase(Locale.ROOT));
    }
}

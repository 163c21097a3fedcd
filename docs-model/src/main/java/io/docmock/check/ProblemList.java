package io.docmock.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found, keeping the first few and counting the rest: a body of a million wrongly typed elements costs a
 * count, not a million problems in memory and in the answer.
 */
public final class ProblemList {
    private final int kept;
    private final List<Problem> problems = new ArrayList<>();
    private int total;

    /** Keeps the first {@code kept} problems; counts all. */
    public ProblemList(int kept) {
        this.kept = kept;
    }

    public void add(Problem problem) {
        total++;
        if (problems.size() < kept) {
            problems.add(problem);
        }
    }

    public void addAll(List<Problem> more) {
        more.forEach(this::add);
    }

    /** The problems kept, in the order found. */
    public List<Problem> kept() {
        return problems;
    }

    /** How many were found, kept or not. */
    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }
}

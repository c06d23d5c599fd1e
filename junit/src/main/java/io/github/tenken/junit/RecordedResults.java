package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results recorded in one test class, each under a unique report base name; safe to use from tests running in
 * parallel.
 */
final class RecordedResults {

    /** One recorded result and the base name of its report files. */
    record Entry(String baseName, AssessmentResult result) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /**
     * Records a result under {@code name}, or under {@code name-2}, {@code name-3} ... when the name is taken (a
     * repeated or parameterized test records once per invocation).
     *
     * @return the base name used
     */
    synchronized String add(String name, AssessmentResult result) {
        String unique = name;
        for (int n = 2; !names.add(unique); n++) {
            unique = name + "-" + n;
        }
        entries.add(new Entry(unique, result));
        return unique;
    }

    /** A snapshot of the entries, in the order recorded. */
    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}

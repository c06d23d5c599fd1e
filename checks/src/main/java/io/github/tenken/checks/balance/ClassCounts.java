package io.github.tenken.checks.balance;

import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of each class of one dataset, keyed by class value, with the minority and imbalance arithmetic. */
final class ClassCounts {

    private final Map<String, Long> counts;
    private final long total;

    private ClassCounts(Map<String, Long> counts) {
        this.counts = counts;
        this.total = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The classes present (count above zero) in a frequency table; missing labels are left out. */
    static ClassCounts of(Frequencies f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] c = f.counts();
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 0) {
                counts.put(f.values().get(i), c[i]);
            }
        }
        return new ClassCounts(counts);
    }

    /** The classes present here, then those only the other dataset shows. */
    List<String> classesWith(List<String> others) {
        List<String> all = new ArrayList<>(counts.keySet());
        others.stream().filter(v -> !counts.containsKey(v)).forEach(all::add);
        return all;
    }

    /** The classes present. */
    List<String> values() {
        return List.copyOf(counts.keySet());
    }

    long count(String c) {
        return counts.getOrDefault(c, 0L);
    }

    long total() {
        return total;
    }

    double share(String c) {
        return total == 0 ? Double.NaN : (double) count(c) / total;
    }

    /** The class with the fewest rows here (the first one on a tie). */
    String minorityClass(List<String> classes) {
        String min = classes.get(0);
        for (String c : classes) {
            if (count(c) < count(min)) {
                min = c;
            }
        }
        return min;
    }

    /** The smallest class's share of the rows; 0 when one of the classes has no row here. */
    double minorityShare(List<String> classes) {
        return classes.isEmpty() ? Double.NaN : share(minorityClass(classes));
    }

    /** Largest class count over the smallest; infinite when one of the classes has no row here. */
    double imbalanceRatio(List<String> classes) {
        if (classes.isEmpty()) {
            return Double.NaN;
        }
        long max = classes.stream().mapToLong(this::count).max().orElseThrow();
        long min = count(minorityClass(classes));
        return min == 0 ? Double.POSITIVE_INFINITY : (double) max / min;
    }
}

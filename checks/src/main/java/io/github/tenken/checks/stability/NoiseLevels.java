package io.github.tenken.checks.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The noise levels of the perturbation sweep, read from the {@code levels} parameter. */
final class NoiseLevels {

    private NoiseLevels() {
    }

    /**
     * The distinct levels, ascending, of a comma-separated list such as {@code 0.01,0.05,0.1}; each must be a number
     * from 0 to 10, and there must be one at least.
     */
    static List<Double> parse(List<String> items) {
        TreeSet<Double> levels = new TreeSet<>();
        for (String item : items) {
            double v;
            try {
                v = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("c2.perturbation: levels must be numbers, \"" + item
                        + "\" is not one (levels were " + items + ")");
            }
            if (!(v >= 0 && v <= 10)) {
                throw new IllegalArgumentException("c2.perturbation: each of levels must be between 0 and 10, was "
                        + item + " (levels were " + items + ")");
            }
            levels.add(v);
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("c2.perturbation: levels must list one noise level at least");
        }
        return new ArrayList<>(levels);
    }
}

package io.github.tenken.checks.model;

import io.github.tenken.checks.io.DataFileException;
import io.github.tenken.checks.io.LocatedTable;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks the class probabilities of every row of a predictions file: each present, a number in [0, 1],
 * summing to 1 within 0.01; with a column for every class but one, the last class takes 1 minus the others.
 */
final class ProbabilityColumns {

    private static final double SUM_TOLERANCE = 0.01;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final LocatedTable located;
    private final Table table;
    private final String file;
    private final Map<String, String> probabilities;
    private final List<String> classes;
    private final Map<String, Integer> index;

    ProbabilityColumns(LocatedTable located, Map<String, String> probabilities, List<String> classes,
                       Map<String, Integer> index) {
        this.located = located;
        this.table = located.table();
        this.file = located.file();
        this.probabilities = probabilities;
        this.classes = classes;
        this.index = index;
    }

    double[][] read() {
        List<String> uncovered = classes.stream().filter(c -> !probabilities.containsKey(c)).toList();
        if (uncovered.size() > 1) {
            throw DataFileException.ofFile(file, "the probability columns cover the classes "
                    + List.copyOf(probabilities.keySet()) + " but not " + uncovered
                    + "; give a probability column for every class, or for all but one");
        }
        probabilities.values().forEach(this::requireNumbers);
        int k = classes.size();
        double[][] rows = new double[table.rowCount()][];
        for (int r = 0; r < rows.length; r++) {
            double[] p = new double[k];
            double sum = 0;
            for (Map.Entry<String, String> e : probabilities.entrySet()) {
                double v = probability(e.getValue(), r);
                p[index.get(e.getKey())] = v;
                sum += v;
            }
            if (uncovered.isEmpty()) {
                checkSum(sum, Math.abs(sum - 1) > SUM_TOLERANCE, r);
            } else {
                checkSum(sum, sum > 1 + SUM_TOLERANCE, r);
                p[index.get(uncovered.get(0))] = Math.max(0, 1 - sum);
            }
            rows[r] = p;
        }
        return rows;
    }

    private double probability(String column, int r) {
        NumericColumn c = table.numeric(column);
        double v = c.get(r);
        if (Double.isNaN(v)) {
            throw new DataFileException(file, located.line(r), column, null, "the probability is missing");
        }
        if (v < 0 || v > 1) {
            throw new DataFileException(file, located.line(r), column, c.text(r),
                    "is not a probability (it must be between 0 and 1)");
        }
        return v;
    }

    private void checkSum(double sum, boolean wrong, int r) {
        if (wrong) {
            throw DataFileException.ofLine(file, located.line(r), "the probabilities in columns "
                    + List.copyOf(probabilities.values()) + " sum to " + Formats.number(sum) + ", not 1 (tolerance "
                    + Formats.number(SUM_TOLERANCE) + ")");
        }
    }

    private void requireNumbers(String column) {
        Column c = table.column(column);
        if (c instanceof NumericColumn) {
            return;
        }
        for (int r = 0; r < c.size(); r++) {
            String text = c.text(r);
            if (text != null && !NUMBER.matcher(text).matches()) {
                throw new DataFileException(file, located.line(r), column, text,
                        "is not a probability (it must be a number between 0 and 1)");
            }
        }
        throw new DataFileException(file, 0, column, null, "is not numeric");
    }
}

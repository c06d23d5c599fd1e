package io.github.tenken.checks.software;

import io.github.tenken.internal.Formats;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

/**
 * Predictions compared bit for bit ({@link Double#doubleToRawLongBits}: even two NaNs of different payloads differ)
 * and described for a table cell.
 */
final class PredictionBits {

    private PredictionBits() {
    }

    /** Whether row {@code row} got the same class, probabilities or value, bit for bit, in both predictions. */
    static boolean same(Predictions a, Predictions b, int row) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() == ModelKind.REGRESSION) {
            return Double.doubleToRawLongBits(a.value(row)) == Double.doubleToRawLongBits(b.value(row));
        }
        if (!a.classes().equals(b.classes()) || a.predictedClass(row) != b.predictedClass(row)
                || a.hasProbabilities() != b.hasProbabilities()) {
            return false;
        }
        for (int c = 0; a.hasProbabilities() && c < a.classes().size(); c++) {
            if (Double.doubleToRawLongBits(a.probability(row, c)) != Double.doubleToRawLongBits(b.probability(row, c))) {
                return false;
            }
        }
        return true;
    }

    /** {@code >50K (p = 0.83)}, {@code >50K}, or the value of a regressor. */
    static String describe(Predictions p, int row) {
        if (p.kind() == ModelKind.REGRESSION) {
            return Formats.number(p.value(row));
        }
        String label = p.predictedLabel(row);
        return p.hasProbabilities() ? label + " (p = " + Formats.number(p.probability(row, p.predictedClass(row)))
                + ")" : label;
    }
}

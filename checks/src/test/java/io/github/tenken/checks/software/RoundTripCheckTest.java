package io.github.tenken.checks.software;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.model.SerializableModel;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/** d1.round-trip on models whose stored form is exact, lossy (a weight kept as a float), or absent. */
class RoundTripCheckTest {

    private static final Table TEST = Table.of("test", List.of(NumericColumn.of("x", 0, 1, 2, 3),
            NumericColumn.of("y", 0, 0.1, 0.2, 0.3)));

    /**
     * {@code y = w * x}, or a classifier with p(yes) = 0.25 + w * x; stored as the weight's 8 bytes, or, when lossy,
     * as a 4-byte float, which changes 0.1 in its last bits.
     */
    private record Linear(double w, boolean lossy, ModelKind kind) implements SerializableModel {

        @Override
        public List<String> classes() {
            return kind == ModelKind.CLASSIFICATION ? List.of("no", "yes") : List.of();
        }

        @Override
        public Predictions predict(Table table) {
            NumericColumn x = table.numeric("x");
            double[] v = new double[table.rowCount()];
            double[][] p = new double[v.length][];
            int[] c = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = w * x.get(i);
                double yes = 0.25 + v[i];
                p[i] = new double[] {1 - yes, yes};
                c[i] = yes > 0.5 ? 1 : 0;
            }
            return kind == ModelKind.REGRESSION ? Predictions.regression(v) : Predictions.classification(classes(), c, p);
        }

        @Override
        public String description() {
            return (lossy ? "lossy " : "exact ") + "linear " + kind;
        }

        @Override
        public byte[] toBytes() {
            return lossy ? ByteBuffer.allocate(4).putFloat((float) w).array() : ByteBuffer.allocate(8).putDouble(w).array();
        }

        @Override
        public Model fromBytes(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return new Linear(bytes.length == 4 ? b.getFloat() : b.getDouble(), lossy, kind);
        }
    }

    private static CheckResult run(Model model, int batchRows) {
        return CheckHarness.run(CheckHarness.assessment(new RoundTripCheck()).roles(ColumnRoles.label("y"))
                .model(model).dataset(DatasetRole.TEST, TEST).batchRows(batchRows), "d1.round-trip");
    }

    @Test
    void anExactlyStoredModelPredictsBitForBitAsBefore() {
        CheckResult r = run(new Linear(0.1, false, ModelKind.REGRESSION), 1 << 16);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "mismatched_predictions")).isZero();
        assertThat(measure(r, "serialised_bytes")).isEqualTo(8);
        assertThat(table(r, "mismatches").rows()).isEmpty();
        assertThat(en(r)).isEqualTo("Written to 8 bytes and read back, the model predicted 0 of the 4 test rows "
                + "differently from the model before it was written.");
    }

    @Test
    void aWeightStoredAsAFloatChangesEveryPredictionButTheZeroOne() {
        // (float) 0.1 = 0.100000001490116...: w * x differs for x = 1, 2, 3, not for x = 0
        for (int batchRows : new int[] {7, 1 << 16}) {
            CheckResult r = run(new Linear(0.1, true, ModelKind.REGRESSION), batchRows);
            assertThat(r.status()).isEqualTo(Status.FAIL);
            assertThat(measure(r, "mismatched_predictions")).isEqualTo(3);
            assertThat(rows(table(r, "mismatches"), "row")).containsExactly(List.of(2L), List.of(3L), List.of(4L));
            assertThat(en(r)).isEqualTo("Written to 4 bytes and read back, the model predicted 3 of the 4 test rows "
                    + "differently from the model before it was written.");
        }
    }

    @Test
    void aProbabilityThatDiffersInItsLastBitsIsAMismatchEvenWhenTheClassIsTheSame() {
        CheckResult r = run(new Linear(0.1, true, ModelKind.CLASSIFICATION), 1 << 16);
        assertThat(measure(r, "mismatched_predictions")).isEqualTo(3);
        // the class is "no" for x <= 2 and "yes" for x = 3 before and after: only probabilities differ
        assertThat(rows(table(r, "mismatches"), "first", "second")).allSatisfy(row ->
                assertThat(((String) row.get(0)).substring(0, 3)).isEqualTo(((String) row.get(1)).substring(0, 3)));
    }

    @Test
    void aModelThatCannotBeStoredIsNotApplicable() {
        CheckResult r = run(FunctionModel.regressor(row -> row.number("x")).describedAs("identity"), 1 << 16);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the model (identity) cannot be written to bytes and read back "
                + "(it does not implement SerializableModel), so no round trip can be tested.");
    }
}

package io.github.tenken.checks.software;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.samples.AdultDemo;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeterminismCheckTest {

    private final Table test = Table.of("test", List.of(NumericColumn.of("x", 1, 2, 3, 4),
            CategoricalColumn.of("y", new CategoryDictionary(), "a", "b", "a", "b")));

    /** Predicts "a" for x <= 2; from its second call on, flips the prediction of every row with x = 4. */
    private static final class Drifting implements Model {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public ModelKind kind() {
            return ModelKind.CLASSIFICATION;
        }

        @Override
        public List<String> classes() {
            return List.of("a", "b");
        }

        @Override
        public Predictions predict(Table t) {
            boolean later = calls.incrementAndGet() > 1;
            int[] p = new int[t.rowCount()];
            for (int i = 0; i < p.length; i++) {
                double x = t.numeric("x").get(i);
                p[i] = x <= 2 ? 0 : 1;
                if (later && x == 4) {
                    p[i] = 0;
                }
            }
            return Predictions.classification(classes(), p, null);
        }

        @Override
        public String description() {
            return "drifting";
        }
    }

    @Test
    void aModelThatChangesItsAnswerFails() {
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(new Drifting())
                .runOne(new DeterminismCheck());
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.measure("mismatched_predictions").orElseThrow().value()).isEqualTo(1);
        assertThat(en(r)).isEqualTo(
                "1 of 4 test rows got a different prediction the second time: the model is not deterministic.");
        assertThat(rows(table(r, "mismatches"), "row", "first", "second")).containsExactly(Arrays.asList(4L, "b", "a"));
    }

    @Test
    void theSeededForestOnAdultIsDeterministic() {
        Dictionaries d = new Dictionaries();
        Table train = SampleData.adultTraining(d);
        Table adultTest = SampleData.adultTest(d);
        Model forest = RandomForestTrainer.train(train, "income", AdultDemo.features(train), 10, 42);
        CheckResult r = CheckRun.with().test(adultTest).roles(ColumnRoles.label("income")).model(forest)
                .runOne(new DeterminismCheck());
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.measure("mismatched_predictions").orElseThrow().value()).isZero();
        assertThat(r.measure("rows").orElseThrow().value()).isEqualTo(16_281);
        assertThat(en(r)).isEqualTo("Predicting the 16,281 test rows twice gave identical predictions.");
    }
}

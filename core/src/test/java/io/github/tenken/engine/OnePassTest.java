package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.ContentHash;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.stats.RowCount;
import io.github.tenken.stats.RowGroups;
import io.github.tenken.stats.RowsWithMissing;
import io.github.tenken.testing.CountingDataset;
import io.github.tenken.testing.CsvTables;
import io.github.tenken.testing.SameResults;
import io.github.tenken.testing.Scans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * However many statistics the checks ask for, each dataset is read in one pass (one "fused" scan record, one call
 * of its scan), and every statistic equals what a scan of its own gives.
 */
class OnePassTest {

    private static final QualityProfile PROFILE =
            QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1);
    private static final int BATCH_ROWS = 10;

    /** Asks for its analyzers on one dataset and keeps what it reads in {@code seen}. */
    record Collecting(String id, DatasetRole role, List<Analyzer<?, ?>> analyzers,
                      Map<String, Object> seen) implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder(id, id, InternalCharacteristic.B_3)
                    .needs(role == DatasetRole.TRAINING ? Input.TRAINING_DATA : Input.TEST_DATA).build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            List<Stat<?>> stats = analyzers.stream().<Stat<?>>map(a -> ctx.stat(role, a)).toList();
            return run -> {
                for (Stat<?> s : stats) {
                    seen.put(role + " " + s.analyzer(), run.get(s));
                }
                return Outcome.builder().explanation(Message.literal(id)).build();
            };
        }
    }

    private static List<Analyzer<?, ?>> analyzersOf(Schema schema) {
        List<Analyzer<?, ?>> all = new ArrayList<>();
        all.add(RowsWithMissing.allColumns());
        for (Schema.Field f : schema.fields()) {
            all.add(new MissingCount(f.name()));
            if (f.type() == ColumnType.NUMERIC) {
                all.add(new NumericSummary(f.name()));
                all.add(new Quantiles(f.name(), 20));
            } else if (f.type() == ColumnType.CATEGORICAL) {
                all.add(new CategoryCounts(f.name()));
            }
        }
        all.add(new RowGroups(schema.names(), null));
        return all;
    }

    @Test
    void manyStatisticsOfManyChecksCostOnePassPerDataset() {
        Table iris = CsvTables.iris();
        Table penguins = CsvTables.penguins();
        CountingDataset train = new CountingDataset(iris);
        CountingDataset test = new CountingDataset(penguins);
        List<Analyzer<?, ?>> onTrain = analyzersOf(iris.schema());
        List<Analyzer<?, ?>> onTest = analyzersOf(penguins.schema());
        Map<String, Object> seen = new ConcurrentHashMap<>();
        // three checks share the training statistics (overlapping halves), one reads the test data
        List<Check> checks = List.of(
                new Collecting("first-half", DatasetRole.TRAINING, onTrain.subList(0, onTrain.size() / 2 + 2), seen),
                new Collecting("second-half", DatasetRole.TRAINING, onTrain.subList(onTrain.size() / 2, onTrain.size()), seen),
                new Collecting("all-again", DatasetRole.TRAINING, onTrain, seen),
                new Collecting("test", DatasetRole.TEST, onTest, seen));

        AssessmentResult r = Scans.withPool(3, pool -> Assessment.builder().profile(PROFILE)
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .checks(checks).executor(pool).batchRows(BATCH_ROWS).build().run());

        assertThat(r.checks()).allSatisfy(c -> assertThat(c.status()).as(c.error()).isEqualTo(Status.WARN));
        assertThat(r.scans()).extracting(ScanRecord::role, ScanRecord::reason, ScanRecord::rows).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DatasetRole.TRAINING, "fused", 150L),
                org.assertj.core.groups.Tuple.tuple(DatasetRole.TEST, "fused", 344L));
        // every distinct statistic once, plus the row count and content hash every assessment takes
        assertThat(r.scans().get(0).analyzers()).isEqualTo(onTrain.size() + 2);
        assertThat(r.scans().get(1).analyzers()).isEqualTo(onTest.size() + 2);
        assertThat(train.scans.get()).as("scans of the training data").isEqualTo(1);
        assertThat(test.scans.get()).as("scans of the test data").isEqualTo(1);
        assertThat(train.reads.get() + test.reads.get()).as("whole reads").isZero();

        Scans.withPool(2, pool -> {
            ScanSettings settings = new ScanSettings(pool, BATCH_ROWS);
            for (Analyzer<?, ?> a : onTrain) {
                SameResults.assertSame("training " + a, FusedScan.run(iris, List.of(a), settings, false).get(a),
                        seen.get(DatasetRole.TRAINING + " " + a));
            }
            for (Analyzer<?, ?> a : onTest) {
                SameResults.assertSame("test " + a, FusedScan.run(penguins, List.of(a), settings, false).get(a),
                        seen.get(DatasetRole.TEST + " " + a));
            }
            return null;
        });
        // the fingerprints come from the same pass
        assertThat(r.datasets().get(0).rows()).isEqualTo(150);
        assertThat(r.datasets().get(0).contentHash()).isEqualTo(Scans.whole(iris, new ContentHash()));
        assertThat(Scans.whole(iris, new RowCount())).isEqualTo(150);
    }
}

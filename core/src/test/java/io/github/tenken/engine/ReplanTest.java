package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.SchemaChangedException;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;

import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * A source that inferred a column's type from a sample and finds a contradicting value while scanning throws
 * {@link SchemaChangedException}: the engine plans every check again against the corrected schema and rescans.
 */
class ReplanTest {

    /** "code" looks numeric in its first rows; the scan finds "B7" and the column becomes categorical. */
    static final class Inferring implements Dataset {
        private final CategoryDictionary dictionary = new CategoryDictionary();
        private final Table actual = Table.of("codes", List.of(NumericColumn.of("n", 1, 2, 3, 4),
                CategoricalColumn.of("code", dictionary, "1", "2", "B7", "2")));
        private volatile Schema schema = actual.schema().withType("code", ColumnType.NUMERIC);
        int scans;

        @Override
        public String name() {
            return "codes";
        }

        @Override
        public String source() {
            return "codes.csv";
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public int scan(int batchRows, Executor executor, BatchSink sink) {
            scans++;
            if (schema.is("code", ColumnType.NUMERIC)) {
                schema = actual.schema();
                throw new SchemaChangedException("column \"code\" of codes: \"B7\" in row 3 is not a number");
            }
            return actual.scan(batchRows, executor, sink);
        }

        @Override
        public Table toTable() {
            return actual;
        }
    }

    /** Summarises "code" as its planned type says. */
    static final class ByType implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder("by-type", "by type", InternalCharacteristic.B_3)
                    .needs(Input.TRAINING_DATA).build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            if (ctx.requireSchema(DatasetRole.TRAINING).is("code", ColumnType.NUMERIC)) {
                Stat<NumericStats> s = ctx.stat(DatasetRole.TRAINING, new NumericSummary("code"));
                return run -> Outcome.builder().measure(Measure.of("mean", run.get(s).mean(), ""))
                        .explanation(Message.literal("numeric")).build();
            }
            Stat<Frequencies> f = ctx.stat(DatasetRole.TRAINING, new CategoryCounts("code"));
            return run -> Outcome.builder().measure(Measure.of("twos", run.get(f).count("2"), ""))
                    .explanation(Message.literal("categorical")).build();
        }
    }

    @Test
    void aSchemaCorrectedWhileScanningIsPlannedAgainAndRescanned() {
        Inferring data = new Inferring();
        AssessmentResult r = Assessment.builder()
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, data).checks(List.of(new ByType())).build().run();
        assertThat(data.scans).isEqualTo(2);
        assertThat(r.scans()).extracting(ScanRecord::reason).containsExactly(
                "replanned: column \"code\" of codes: \"B7\" in row 3 is not a number", "fused");
        CheckResult c = r.check("by-type").orElseThrow();
        assertThat(c.status()).as(c.error()).isEqualTo(Status.WARN);
        assertThat(c.measure("twos").orElseThrow().value()).isEqualTo(2);
        assertThat(r.datasets().get(0).columns()).containsExactly("n:numeric", "code:categorical");
    }
}

package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.engine.ScanResult;
import io.github.tenken.testing.CsvTables;
import io.github.tenken.testing.SameResults;
import io.github.tenken.testing.Scans;
import io.github.tenken.testing.ThroughCodec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every core analyzer gives the same result on a real dataset cut into batches of 7 rows, scanned on four threads,
 * with every state shipped through its codec before it is merged, as on the same dataset in one batch: equal counts,
 * doubles equal bit for bit. Quantiles beyond {@code exactUpTo} come from a sketch, which must stay within its stated
 * rank error of the exact distribution at every breakpoint, in both scans.
 */
class BatchingInvarianceTest {

    private static final int BATCH_ROWS = 7;
    private static final int THREADS = 4;
    private static final long SKETCH_FROM = 5;

    static Stream<Arguments> datasets() {
        Table iris = CsvTables.iris();
        Table penguins = CsvTables.penguins();
        return Stream.of(
                Arguments.of(iris, List.of(
                        CaseDefinition.of("long setosa", Condition.equalTo("species", "setosa"),
                                Condition.between("sepal_length", 5, Double.POSITIVE_INFINITY)),
                        CaseDefinition.of("narrow petals", Condition.between("petal_width", 0, 1)))),
                Arguments.of(penguins, List.of(
                        CaseDefinition.of("light females", Condition.equalTo("sex", "female"),
                                Condition.between("body_mass_g", 3000, 4000)),
                        CaseDefinition.of("Biscoe or Dream", Condition.equalTo("island", "Biscoe", "Dream")))));
    }

    /** Every analyzer core has, over the columns of the schema. */
    private static List<Analyzer<?, ?>> everyAnalyzer(Schema schema, List<CaseDefinition> cases) {
        List<Analyzer<?, ?>> all = new ArrayList<>();
        all.add(new RowCount());
        all.add(new ContentHash());
        all.add(RowsWithMissing.allColumns());
        all.add(new RowsWithMissing(schema.names().subList(0, 2)));
        List<String> categorical = new ArrayList<>();
        for (Schema.Field f : schema.fields()) {
            all.add(new MissingCount(f.name()));
            if (f.type() == ColumnType.NUMERIC) {
                all.add(new NumericSummary(f.name()));
                all.add(Quantiles.of(f.name()));
                all.add(new Quantiles(f.name(), SKETCH_FROM));
            } else if (f.type() == ColumnType.CATEGORICAL) {
                all.add(new CategoryCounts(f.name()));
                categorical.add(f.name());
            }
        }
        for (String a : categorical) {
            for (String b : categorical) {
                all.add(new CrossCounts(a, b));
            }
        }
        for (CaseDefinition c : cases) {
            all.add(new CaseCount(c));
        }
        String label = categorical.get(0);
        List<String> features = schema.names().stream().filter(n -> !n.equals(label)).toList();
        all.add(new RowGroups(features, label));
        all.add(new RowGroups(schema.names(), null));
        all.add(new RowGroups(List.of(label), categorical.get(categorical.size() - 1).equals(label) ? null
                : categorical.get(categorical.size() - 1)));
        all.add(new RowGroups(features.subList(0, 2), label));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void batchesOfSevenOnFourThreadsThroughTheCodecGiveTheResultOfOneBatch(Table data, List<CaseDefinition> cases) {
        List<Analyzer<?, ?>> analyzers = everyAnalyzer(data.schema(), cases);
        assertThat(analyzers.stream().map(Object::getClass).distinct().map(Class::getSimpleName))
                .as("every analyzer of core takes part")
                .containsExactlyInAnyOrder("RowCount", "ContentHash", "RowsWithMissing", "MissingCount",
                        "NumericSummary", "Quantiles", "CategoryCounts", "CrossCounts", "CaseCount", "RowGroups");
        Map<Analyzer<?, ?>, ThroughCodec<?, ?>> shipped = new LinkedHashMap<>();
        analyzers.forEach(a -> shipped.put(a, ThroughCodec.of(a)));

        ScanResult whole = Scans.whole(data, analyzers);
        ScanResult batched = Scans.batched(data, shipped.values(), BATCH_ROWS, THREADS);
        assertThat(whole.batches()).isEqualTo(1);
        assertThat(batched.batches()).isEqualTo((data.rowCount() + BATCH_ROWS - 1) / BATCH_ROWS);

        Set<String> sketched = new HashSet<>();
        for (Analyzer<?, ?> a : analyzers) {
            ThroughCodec<?, ?> s = shipped.get(a);
            String what = a + " on " + data.name();
            assertThat(s.trips().get()).as("%s: states shipped through the codec", what)
                    .isGreaterThanOrEqualTo(batched.batches());
            Object one = whole.get(a);
            Object many = batched.get(s);
            if (a instanceof Quantiles q && q.exactUpTo() == SKETCH_FROM) {
                SortedSample exact = SortedSample.of(data.numeric(q.column()).presentValues());
                assertWithinRankError(what + ", one batch", exact, (QuantileSummary) one);
                assertWithinRankError(what + ", batches of 7", exact, (QuantileSummary) many);
                sketched.add(q.column());
            } else {
                SameResults.assertSame(what, one, many);
            }
        }
        assertThat(sketched).as("numeric columns summarised by a sketch").isNotEmpty();
    }

    /** The sketch's distribution function is within its rank error of the exact one at every breakpoint of both. */
    static void assertWithinRankError(String what, SortedSample exact, QuantileSummary sketch) {
        assertThat(sketch.isExact()).as("%s is a sketch", what).isFalse();
        assertThat(sketch.rankError()).as("%s: rank error", what).isEqualTo(2.296 / Math.pow(200, 0.9723));
        assertThat(sketch.count()).as("%s: count", what).isEqualTo(exact.count());
        assertThat(sketch.min()).as("%s: min", what).isEqualTo(exact.min());
        assertThat(sketch.max()).as("%s: max", what).isEqualTo(exact.max());
        double worst = 0;
        double at = Double.NaN;
        List<double[]> grids = List.of(exact.breakpoints(), sketch.breakpoints());
        for (double[] grid : grids) {
            for (double x : grid) {
                double e = Math.max(Math.abs(sketch.cdf(x) - exact.cdf(x)),
                        Math.abs(sketch.cdfBelow(x) - exact.cdfBelow(x)));
                if (e > worst) {
                    worst = e;
                    at = x;
                }
            }
        }
        assertThat(worst).as("%s: largest |sketch cdf - exact cdf| (at %s)", what, at)
                .isLessThanOrEqualTo(sketch.rankError());
    }
}

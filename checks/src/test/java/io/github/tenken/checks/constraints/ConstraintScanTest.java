package io.github.tenken.checks.constraints;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analyzer's laws: merging the states of cut row ranges, each shipped through its codec, equals one state. */
class ConstraintScanTest {

    private static final Constraints RULES = Constraints.builder()
            .range("x", 0, 80).allowed("g", "a", "b").regex("g", "[ab]").notNull("y")
            .unique("g").unique("id").unique("x")
            .rule("x + y <= 100", 1).rule("x != y").build();

    /** 300 seeded rows with gaps, repeats and values outside every rule. */
    private static Table table() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        String[] g = new String[n];
        String[] id = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(100);
            y[i] = random.nextInt(15) == 0 ? Double.NaN : random.nextInt(60);
            g[i] = random.nextInt(10) == 0 ? null : List.of("a", "b", "c", "dd").get(random.nextInt(4));
            id[i] = random.nextInt(30) == 0 ? null : "p" + random.nextInt(280);
        }
        return Table.of("t", List.of(NumericColumn.of("x", x), NumericColumn.of("y", y),
                CategoricalColumn.of("g", CategoryDictionary.of("a", "b", "c", "dd"), g),
                IdentifierColumn.of("id", id)));
    }

    private static ScanInfo info(Table t) {
        Map<String, List<String>> categories = new HashMap<>();
        for (Column c : t.columns()) {
            if (c instanceof CategoricalColumn cc) {
                categories.put(c.name(), cc.dictionary().values());
            }
        }
        return new ScanInfo(t.name(), t.schema(), t.rowCount(), categories);
    }

    private static ConstraintTally cutAndMerge(ConstraintScan scan, Table t, int batchRows, boolean tree) {
        StateCodec<ConstraintState> codec = scan.codec();
        List<ConstraintState> states = new ArrayList<>();
        for (int from = 0; from < t.rowCount(); from += batchRows) {
            ConstraintState s = scan.newState();
            scan.update(s, t.batch(from, Math.min(t.rowCount(), from + batchRows)));
            states.add(codec.fromBytes(codec.toBytes(s)));
        }
        while (states.size() > 1) {
            List<ConstraintState> next = new ArrayList<>();
            if (tree) {
                for (int i = 0; i < states.size(); i += 2) {
                    next.add(i + 1 < states.size() ? scan.merge(states.get(i), states.get(i + 1)) : states.get(i));
                }
            } else {
                next.add(scan.merge(states.get(0), states.get(1)));
                next.addAll(states.subList(2, states.size()));
            }
            states = next.stream().map(s -> codec.fromBytes(codec.toBytes(s))).toList();
        }
        return scan.result(states.get(0), info(t));
    }

    @Test
    void cutStatesShippedThroughTheCodecMergeToTheStateOfOneRange() {
        Table t = table();
        for (int listRows : new int[]{0, 3, 1000}) {
            ConstraintScan scan = new ConstraintScan(RULES, listRows);
            ConstraintTally whole = cutAndMerge(scan, t, t.rowCount(), false);
            for (int batchRows : new int[]{1, 7, 64, 299}) {
                assertThat(cutAndMerge(scan, t, batchRows, true)).as("tree, %d rows", batchRows).isEqualTo(whole);
                assertThat(cutAndMerge(scan, t, batchRows, false)).as("fold, %d rows", batchRows).isEqualTo(whole);
            }
            assertThat(whole.rules()).allSatisfy(r -> assertThat(r.violations()).isPositive());
            assertThat(whole.rules()).allSatisfy(r -> assertThat(r.firstRows()).hasSize(
                    (int) Math.min(listRows, r.violations())));
        }
    }

    @Test
    void theCountsAgreeWithARowByRowReckoning() {
        Table t = table();
        ConstraintTally tally = cutAndMerge(new ConstraintScan(RULES, 5), t, 13, true);
        NumericColumn x = t.numeric("x");
        NumericColumn y = t.numeric("y");
        CategoricalColumn g = t.categorical("g");
        Column id = t.column("id");
        java.util.Set<Object> seenG = new java.util.HashSet<>();
        java.util.Set<Object> seenId = new java.util.HashSet<>();
        java.util.Set<Object> seenX = new java.util.HashSet<>();
        long any = 0;
        long xPlusY = 0;
        List<Long> firstUniqueId = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            double xv = x.get(i);
            double yv = y.get(i);
            String gv = g.text(i);
            boolean broken = !Double.isNaN(xv) && (xv < 0 || xv > 80);
            broken |= gv != null && !List.of("a", "b").contains(gv);
            broken |= Double.isNaN(yv);
            broken |= gv != null && !seenG.add(gv);
            boolean idRepeat = id.text(i) != null && !seenId.add(id.text(i));
            if (idRepeat && firstUniqueId.size() < 5) {
                firstUniqueId.add(i + 1L);
            }
            broken |= idRepeat;
            broken |= !Double.isNaN(xv) && !seenX.add(xv);
            boolean sum = !Double.isNaN(xv) && !Double.isNaN(yv) && xv + yv - 100 > 1;
            xPlusY += sum ? 1 : 0;
            broken |= sum || !Double.isNaN(xv) && !Double.isNaN(yv) && xv == yv;
            any += broken ? 1 : 0;
        }
        assertThat(tally.violatingRows()).isEqualTo(any);
        assertThat(tally.rules().get(7).violations()).isEqualTo(xPlusY);
        assertThat(tally.rules().get(5).firstRows()).extracting(ConstraintTally.Violation::row)
                .containsExactlyElementsOf(firstUniqueId);
        assertThat(tally.rows()).isEqualTo(300);
    }

    @Test
    void theCodecRejectsAnotherVersion() {
        ConstraintScan scan = new ConstraintScan(RULES, 2);
        byte[] bytes = scan.codec().toBytes(scan.newState());
        bytes[7] = 9;
        assertThatThrownBy(() -> scan.codec().fromBytes(bytes)).hasMessageContaining("format version 9");
    }
}

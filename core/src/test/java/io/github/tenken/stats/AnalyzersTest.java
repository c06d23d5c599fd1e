package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Condition;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.Fixtures;
import io.github.tenken.testing.Scans;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each basic analyzer on the six-row fixture, with answers worked out by hand. */
class AnalyzersTest {

    private final Table six = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());

    private <R> R run(Analyzer<?, R> a) {
        return Scans.whole(six, a);
    }

    @Test
    void numericSummary() {
        NumericStats s = run(new NumericSummary("x"));
        // present: 1, 2, 2, 5, 2 -> mean 12/5 = 2.4; squared deviations 1.96+0.16+0.16+6.76+0.16 = 9.2; /4 = 2.3
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.mean()).isCloseTo(2.4, within(1e-12));
        assertThat(s.variance()).isCloseTo(2.3, within(1e-12));
        assertThat(s.stddev()).isCloseTo(Math.sqrt(2.3), within(1e-12));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
    }

    @Test
    void missingAndRowsWithMissing() {
        assertThat(run(new MissingCount("x"))).isEqualTo(1);
        assertThat(run(new MissingCount("g"))).isEqualTo(1);
        assertThat(run(new MissingCount("y"))).isZero();
        assertThat(run(RowsWithMissing.allColumns())).isEqualTo(2);
        assertThat(run(new RowsWithMissing(List.of("y")))).isZero();
        assertThat(run(new RowCount())).isEqualTo(6);
    }

    @Test
    void categoryCountsAndCrossCounts() {
        Frequencies f = run(new CategoryCounts("g"));
        assertThat(f.count("a")).isEqualTo(2);
        assertThat(f.count("b")).isEqualTo(3);
        assertThat(f.missing()).isEqualTo(1);
        Contingency c = run(new CrossCounts("g", "y"));
        int a = c.rowValues().indexOf("a");
        int b = c.rowValues().indexOf("b");
        int yes = c.columnValues().indexOf("yes");
        int no = c.columnValues().indexOf("no");
        assertThat(c.count(a, yes)).isEqualTo(1);
        assertThat(c.count(a, no)).isEqualTo(1);
        assertThat(c.count(b, yes)).isEqualTo(1);
        assertThat(c.count(b, no)).isEqualTo(2);
        assertThat(c.missing()).isEqualTo(1);
    }

    @Test
    void exactQuantiles() {
        QuantileSummary q = run(Quantiles.of("x"));
        assertThat(q).isInstanceOf(SortedSample.class);
        SortedSample s = (SortedSample) q;
        assertThat(s.copy()).containsExactly(1, 2, 2, 2, 5);
        assertThat(s.quantile(0.5)).isEqualTo(2);
        assertThat(s.quantile(1.0)).isEqualTo(5);
        assertThat(s.quantile(0.9)).isCloseTo(3.8, within(1e-12)); // h = 3.6: 2 + 0.6 * (5 - 2)
        assertThat(s.ecdf(2)).isEqualTo(0.8);
        assertThat(s.ecdf(0.5)).isZero();
        assertThat(s.cdfBelow(2)).isEqualTo(0.2);
        assertThat(s.breakpoints()).containsExactly(1, 2, 5);
        assertThat(s.isExact()).isTrue();
        assertThat(s.method()).isEqualTo("exact");
        // interpolation between the ends of the double range does not overflow: halfway is 0, a quarter -5e307
        SortedSample wide = SortedSample.of(1e308, -1e308);
        assertThat(wide.quantile(0.5)).isZero();
        assertThat(wide.quantile(0.25)).isEqualTo(-5e307);
        assertThat(SortedSample.of(-0.0, 0.0, 0.0).breakpoints()).containsExactly(-0.0, 0.0);
    }

    @Test
    void duplicatesAndConflicts() {
        RowGroupSet d = run(new RowGroups(List.of("x", "g"), "y"));
        // (2,b,no) twice -> 1 duplicate row in 1 group; (2,b) carries no and yes -> 1 conflicting group of 3 rows
        assertThat(d.duplicateRows()).isEqualTo(1);
        assertThat(d.duplicateGroups()).isEqualTo(1);
        assertThat(d.conflictingGroups()).isEqualTo(1);
        assertThat(d.conflictingRows()).isEqualTo(3);
        assertThat(d.rows()).isEqualTo(6);
        assertThat(d.distinctRows()).isEqualTo(5);
        assertThat(d.featureGroups()).isEqualTo(4);
        RowGroupSet whole = run(new RowGroups(List.of("x", "g", "y"), null));
        assertThat(whole.duplicateRows()).isEqualTo(1);
        assertThat(whole.duplicateGroups()).isEqualTo(1);
        assertThat(whole.conflictingGroups()).isZero();
        assertThat(whole.conflictingRows()).isZero();
    }

    @Test
    void caseCount() {
        CaseDefinition bSmall = CaseDefinition.of("b below 3", Condition.equalTo("g", "b"), Condition.between("x", 0, 3));
        assertThat(run(new CaseCount(bSmall))).isEqualTo(3);
        CaseDefinition any = CaseDefinition.of("a or b", Condition.equalTo("g", "a", "b"));
        assertThat(run(new CaseCount(any))).isEqualTo(5);
        assertThat(bSmall.describe()).isEqualTo("g = b AND 0 <= x < 3");
    }

    @Test
    void contentHashFollowsContentNotIdentity() {
        Table same = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());
        assertThat(run(new ContentHash())).isEqualTo(Scans.whole(same, new ContentHash()));
        Table renamed = Table.of("other", same.columns());
        assertThat(Scans.whole(renamed, new ContentHash())).isEqualTo(run(new ContentHash()));
        // dictionaries that code the same values differently: the hash is of the values
        Table recoded = Fixtures.six(CategoryDictionary.of("b", "a"), CategoryDictionary.of("no", "yes"));
        assertThat(Scans.whole(recoded, new ContentHash())).isEqualTo(run(new ContentHash()));
        assertThat(run(new ContentHash())).hasSize(16);
    }

    @Test
    void contentHashChangesWithAnyValueOrRowOrder() {
        String hash = run(new ContentHash());
        CategoryDictionary g = new CategoryDictionary();
        CategoryDictionary y = new CategoryDictionary();
        Table changed = Table.of("six", List.of(NumericColumn.of("x", 1, 2, 2, Double.NaN, 5, 3),
                six.column("g"), six.column("y")));
        Table swapped = Table.of("six", List.of(NumericColumn.of("x", 2, 1, 2, Double.NaN, 5, 2),
                CategoricalColumn.of("g", g, "b", "a", "b", "a", null, "b"),
                CategoricalColumn.of("y", y, "no", "yes", "no", "no", "yes", "yes")));
        Table renamed = six.named("six again");
        assertThat(Scans.whole(changed, new ContentHash())).isNotEqualTo(hash);
        assertThat(Scans.whole(swapped, new ContentHash())).isNotEqualTo(hash);
        assertThat(Scans.whole(Table.of("six", List.of(six.column("x"), six.column("g"))), new ContentHash()))
                .isNotEqualTo(hash);
        assertThat(Scans.whole(renamed, new ContentHash())).isEqualTo(hash);
        // numbers by value: -0.0 is 0.0
        assertThat(Scans.whole(Table.of("z", List.of(NumericColumn.of("x", -0.0))), new ContentHash()))
                .isEqualTo(Scans.whole(Table.of("z", List.of(NumericColumn.of("x", 0.0))), new ContentHash()));
    }
}

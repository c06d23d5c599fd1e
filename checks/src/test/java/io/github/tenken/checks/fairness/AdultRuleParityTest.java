package io.github.tenken.checks.fairness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fairness.group-parity} on the shipped Adult test data (16,281 rows) with a rule for a model: "over 50K when
 * education-num is at least 13". Expected figures from pandas 1.5.3 ({@code /usr/bin/python3}):
 * {@code read_csv("adult.test.gz", skiprows=1, skipinitialspace=True, na_values="?")}, {@code sel =
 * education-num >= 13}, {@code pos = income.rstrip(".") == ">50K"}, then per {@code groupby(sex)},
 * {@code groupby(race)} and {@code groupby([sex, race])} the counts of rows, sel, pos and sel & pos, with groups of
 * at least 30 rows in the verdict.
 */
class AdultRuleParityTest {

    private static final String ID = "fairness.group-parity";
    private static Table test;

    @BeforeAll
    static void readAdultTest() throws IOException {
        List<String> columns = List.of("age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
                "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week",
                "native-country", "income");
        List<String> numeric = List.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
                "hours-per-week");
        CsvOptions.Builder options = CsvOptions.builder().columnNames(columns).missingMarkers("?")
                .skipLinesStartingWith("|").label("income").stripSuffix("income", ".");
        columns.forEach(c -> {
            if (numeric.contains(c)) {
                options.numeric(c);
            } else {
                options.categorical(c);
            }
        });
        // the Adult files live in the samples module, which the checks cannot depend on
        Path file = Path.of("../samples/src/main/resources/io/github/tenken/samples/adult/adult.test.gz");
        try (InputStream in = Files.newInputStream(file)) {
            test = new CsvDataset("adult.test.gz", in, options.build(), new Dictionaries()).toTable().named("test");
        }
    }

    private static CheckResult run(long seed) {
        FunctionModel rule = FunctionModel.classifier(List.of("<=50K", ">50K"),
                row -> row.number("education-num") >= 13 ? ">50K" : "<=50K");
        return CheckRun.with().test(test).roles(ColumnRoles.label("income").withSensitive("sex", "race"))
                .model(rule).parameter(ID, "positiveClass", ">50K").parameter(ID, "bootstrap", "100").seed(seed)
                .runOne(new GroupParityCheck());
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void ratesAndDifferencesMatchPandas() {
        CheckResult r = run(42);

        // sex: Female 1,234 of 5,421 selected, Male 2,809 of 10,860
        assertThat(value(r, "disparate_impact_ratio.sex")).isEqualTo((1234.0 / 5421) / (2809.0 / 10860))
                .isEqualTo(0.8800631537927638);
        // TPR Female 328/590, Male 1583/3256; FPR Female 906/4831, Male 1226/7604; precision 328/1234, 1583/2809
        assertThat(value(r, "equal_opportunity_difference.sex")).isEqualTo(0.06975284221046935);
        assertThat(value(r, "false_positive_rate_difference.sex")).isEqualTo(0.02630788075129814);
        assertThat(value(r, "equalized_odds_difference.sex")).isEqualTo(0.06975284221046935);
        assertThat(value(r, "predictive_parity_difference.sex")).isEqualTo(0.29774347677325663);
        // race: Amer-Indian-Eskimo 16/159 lowest, Asian-Pac-Islander 206/480 highest
        assertThat(value(r, "disparate_impact_ratio.race")).isEqualTo(0.23447517860413997);
        assertThat(value(r, "demographic_parity_difference.race")).isEqualTo(0.32853773584905654);
        assertThat(value(r, "equal_opportunity_difference.race")).isEqualTo(0.5037593984962405);
        assertThat(value(r, "false_positive_rate_difference.race")).isEqualTo(0.24720049403046523);
        assertThat(value(r, "predictive_parity_difference.race")).isEqualTo(0.3325);
        assertThat(value(r, "disparate_impact_ratio")).isEqualTo(0.23447517860413997);
        // sex & race: Male & Amer-Indian-Eskimo 8/93 lowest, Male & Asian-Pac-Islander 140/309 highest
        assertThat(value(r, "intersectional_disparate_impact_ratio")).isEqualTo(0.18986175115207374);
        assertThat(rows(table(r, "groups"), "group", "rows", "selection_rate")).contains(
                List.of("White", 13_946L, 3554.0 / 13_946), List.of("Other", 135L, 25.0 / 135));
        assertThat(rows(table(r, "intersections"), "group", "rows")).hasSize(10)
                .contains(List.of("Female & Other", 46L));
        // the ratio of race is far from 1 and its interval says so
        assertThat(r.measure("disparate_impact_ratio.race").orElseThrow().interval().upper()).isLessThan(0.5);
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        CheckResult first = run(5);
        CheckResult again = run(5);
        assertThat(again.measures()).isEqualTo(first.measures());
        assertThat(again.tables()).isEqualTo(first.tables());
    }
}

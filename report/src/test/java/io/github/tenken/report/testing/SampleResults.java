package io.github.tenken.report.testing;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.Provenance;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Hand-built assessments for the report tests: hand-made tables and inline checks emitting every kind of output. The
 * checks' texts are {@link Message}s whose keys ({@code sample.*}) live in this module's test bundles
 * ({@code src/test/resources/META-INF/tenken/messages_en.properties} and {@code _ja}), as a user's own checks would ship them.
 */
public final class SampleResults {

    /** A string no report may turn into markup. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** Hostile category values. */
    public static final String QUOTES = "\"quotes\"";
    /** Hostile category value with single quotes. */
    public static final String SINGLE = "'single'";
    /** Hostile category value with an ampersand. */
    public static final String AMP = "a & b";

    /** The sketch bound of rich's {@code median_age}: a quantile read from a KLL sketch. */
    public static final Approximation APPROXIMATION = new Approximation("KLL k=200", 1.25);

    private SampleResults() {
    }

    /** Training data: age (numeric), sex and income (categorical), eight rows. */
    public static Table training(CategoryDictionary sex, CategoryDictionary income) {
        return Table.of("train.csv", "data/train.csv", List.of(
                NumericColumn.of("age", 25, 38, 28, 44, 18, 34, 29, 63),
                CategoricalColumn.of("sex", sex, "Male", "Female", "Male", "Male", "Female", "Female", "Male", "Male"),
                CategoricalColumn.of("income", income, "<=50K", "<=50K", ">50K", ">50K", "<=50K", "<=50K", ">50K",
                        "<=50K")));
    }

    /** Test data: the same columns, six rows. */
    public static Table test(CategoryDictionary sex, CategoryDictionary income) {
        return Table.of("test.csv", "data/test.csv", List.of(
                NumericColumn.of("age", 31, 47, Double.NaN, 52, 23, 40),
                CategoricalColumn.of("sex", sex, "Female", "Male", "Male", null, "Female", "Male"),
                CategoricalColumn.of("income", income, "<=50K", ">50K", "<=50K", ">50K", "<=50K", ">50K")));
    }

    /** The quality profile every sample uses: AISL 0.1, AIPL 1, AIFL 1, with reasons. */
    public static QualityProfile profile() {
        return QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1)
                .withReason(ExternalCharacteristic.RISK_AVOIDANCE, "a loan officer confirms every decision")
                .withReason(ExternalCharacteristic.PERFORMANCE, "accuracy is tracked, improved step by step")
                .withReason(ExternalCharacteristic.FAIRNESS, "decisions must not disadvantage women");
    }

    /**
     * A rich assessment: every status, measures with CIs and criteria and one from a sketch, all three chart kinds,
     * tables with message cells, answers; one measure is drawn from {@code SplittableRandom(ctx.seed())} so that the
     * seed matters.
     */
    public static AssessmentResult rich(long seed) {
        CategoryDictionary sex = new CategoryDictionary();
        CategoryDictionary income = new CategoryDictionary();
        return Assessment.builder()
                .component("income classifier", "Pre-screens loan applications from census attributes.")
                .profile(profile())
                .dataset(DatasetRole.TRAINING, training(sex, income))
                .dataset(DatasetRole.TEST, test(sex, income))
                .roles(ColumnRoles.label("income").withSensitive("sex"))
                .checks(richChecks())
                .answer(ProcessAnswer.yes("A-1.1a", "docs/risk-analysis.md"))
                .answer(ProcessAnswer.yes("A-1.1b", "attribute list in docs/data-design.md"))
                .answer(ProcessAnswer.yes("B-3.1a", "data sheet: docs/provenance.md"))
                .answer(ProcessAnswer.notApplicable("D-1.1a", "prototype; no production deployment yet"))
                .answer(ProcessAnswer.no("E-1.1a", "drift plan not written yet"))
                .seed(seed)
                .build()
                .run();
    }

    /** The checks of {@link #rich(long)}. */
    public static List<Check> richChecks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new InlineCheck(CheckDescriptor.builder("b3.missing", "Missing values", InternalCharacteristic.B_3)
                .items("B-3.1b").shows("B-3.1b", "gaps").needs(Input.TRAINING_DATA, Input.TEST_DATA)
                .criteria("missing_share <= 0.05").build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("missing_share", 1.0 / 36, "ratio")
                                .judgedBy(ctx.criterion("missing_share").orElse(null)))
                        .measure(Measure.of("median_age", 31.5, "").approximatedBy(APPROXIMATION))
                        .table(ResultTable.builder("per-column", Message.of("sample.missing.table"), "column",
                                        "dataset", "missing", "share")
                                .row("age", Message.of("role.training"), 0, 0.0)
                                .row("age", Message.of("role.test"), 1, 1.0 / 6)
                                .row("sex", Message.of("role.training"), 0, 0.0)
                                .row("sex", Message.of("role.test"), 1, 1.0 / 6)
                                .row("income", Message.of("role.training"), 0, 0.0)
                                .row("income", Message.of("role.test"), 0, 0.0).build())
                        .chart(new Chart("histogram-age", Message.of("sample.missing.chart"), ChartKind.HISTOGRAM,
                                List.of("18-29", "30-41", "42-53", "54-65"),
                                List.of(ChartSeries.of("training", Message.of("role.training"), 0.5, 0.125, 0.25, 0.125),
                                        ChartSeries.of("test", Message.of("role.test"), 0.2, 0.4, 0.4, 0)),
                                Message.literal("age"), Message.of("axis.share")))
                        .explanation(Message.of("sample.missing.summary", Arg.count(1), Arg.count(36),
                                Arg.share(1.0 / 36)))
                        .build()));
        checks.add(new InlineCheck(CheckDescriptor.builder("b2.class-balance", "Class balance", InternalCharacteristic.B_2)
                .items("B-2.E1").needs(Input.TRAINING_DATA, Input.LABEL).criteria("minority_share >= 0.2").build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("minority_share", 0.375, "ratio")
                                .judgedBy(ctx.criterion("minority_share").orElse(null)))
                        .chart(new Chart("class-balance", Message.of("sample.balance.chart"), ChartKind.BARS,
                                List.of("<=50K", ">50K"), List.of(ChartSeries.of("rows", Message.of("axis.rows"), 5, 3)),
                                Message.of("column.class"), Message.of("axis.rows")))
                        .explanation(Message.of("sample.balance.summary", Arg.text(">50K"), Arg.share(0.375),
                                Arg.count(8)))
                        .build()));
        checks.add(new InlineCheck(CheckDescriptor.builder("c1.accuracy", "Accuracy on test data", InternalCharacteristic.C_1)
                .items("C-1.1a", "C-1.1b").needs(Input.TEST_DATA, Input.LABEL).criteria("accuracy >= 0.8").build(),
                ctx -> {
                    SplittableRandom random = new SplittableRandom(ctx.seed());
                    double jitter = random.nextInt(1000) / 100000.0;
                    double accuracy = 0.6667;
                    return Outcome.builder()
                            .measure(Measure.of("accuracy", accuracy, "ratio")
                                    .withInterval(new ConfidenceInterval(0.95, 0.3 + jitter, 0.9567,
                                            Message.of("sample.accuracy.interval", Arg.count(1000),
                                                    Arg.text(Long.toString(ctx.seed())))))
                                    .judgedBy(ctx.criterion("accuracy").orElse(null)))
                            .measure(Measure.of("test_rows", 6, "rows"))
                            .chart(new Chart("confusion", Message.of("sample.accuracy.chart"), ChartKind.MATRIX,
                                    List.of("<=50K", ">50K"),
                                    List.of(ChartSeries.of("<=50K", Message.literal("<=50K"), 2, 1),
                                            ChartSeries.of(">50K", Message.literal(">50K"), 1, 2)),
                                    Message.of("sample.axis.predicted"), Message.of("sample.axis.actual")))
                            .explanation(Message.of("sample.accuracy.summary", Arg.count(4), Arg.count(6),
                                    Arg.share(accuracy)))
                            .build();
                }));
        checks.add(new InlineCheck(CheckDescriptor.builder("b1.selection-rate", "Selection rate per group", InternalCharacteristic.B_1)
                .items("B-1.2b").needs(Input.TRAINING_DATA, Input.SENSITIVE_ATTRIBUTES).build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("disparate_impact", 0.4, "ratio"))
                        .measure(Measure.of("nan_measure", Double.NaN, "ratio"))
                        .chart(new Chart("selection-rate", Message.of("sample.selection.chart", Arg.text(">50K"),
                                Arg.text("sex")), ChartKind.BARS, List.of("Male", "Female"),
                                List.of(ChartSeries.of("training", Message.of("role.training"), 0.6, 0),
                                        ChartSeries.of("test", Message.of("role.test"), 0.5, 0.5)),
                                Message.literal("sex"), Message.of("sample.axis.selectionRate")))
                        .explanation(Message.of("sample.selection.summary", Arg.num(40)))
                        .build()));
        checks.add(new InlineCheck(CheckDescriptor.builder("c2.broken", "A check that breaks", InternalCharacteristic.C_2)
                .items("C-2.1a").needs(Input.TRAINING_DATA).build(),
                ctx -> {
                    throw new IllegalStateException("simulated failure in column age");
                }));
        checks.add(new InlineCheck(CheckDescriptor.builder("e1.drift", "Drift in operation", InternalCharacteristic.E_1)
                .items("E-1.2a").needs(Input.OPERATION_DATA).build(),
                ctx -> Outcome.builder().explanation(Message.literal("unreachable")).build()));
        checks.add(new InlineCheck(CheckDescriptor.builder("a2.cases", "Declared cases have data", InternalCharacteristic.A_2)
                .items("A-2.1a").needs(Input.TRAINING_DATA).criteria("empty_cases == 0").build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("empty_cases", 0, "cases").judgedBy(ctx.criterion("empty_cases").orElse(null)))
                        .explanation(Message.of("sample.cases.summary"))
                        .build()));
        checks.add(new InlineCheck(CheckDescriptor.builder("d1.determinism", "Deterministic predictions", InternalCharacteristic.D_1)
                .items("D-1.1b").needs(Input.TRAINING_DATA).criteria("differences == 0").build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("differences", 0, "rows").judgedBy(ctx.criterion("differences").orElse(null)))
                        .explanation(Message.of("sample.determinism.summary", Arg.count(8)))
                        .build()));
        return checks;
    }

    /**
     * An assessment whose table column names and category values, component name, check sentence, table and chart
     * labels all carry {@link #SCRIPT}, {@link #QUOTES}, {@link #SINGLE} and {@link #AMP}.
     */
    public static AssessmentResult hostile() {
        CategoryDictionary values = new CategoryDictionary();
        Table training = Table.of(SCRIPT + ".csv", "data/" + SCRIPT + ".csv", List.of(
                NumericColumn.of(SCRIPT, 1, 2, 3),
                CategoricalColumn.of(QUOTES, values, SCRIPT, QUOTES, SINGLE),
                CategoricalColumn.of(AMP, values, AMP, AMP, SINGLE)));
        Check echo = new InlineCheck(CheckDescriptor.builder("b3.echo", "Echo " + SCRIPT, InternalCharacteristic.B_3)
                .items("B-3.1c").needs(Input.TRAINING_DATA).build(),
                ctx -> {
                    Table t = ctx.table(DatasetRole.TRAINING);
                    String column = t.columnNames().get(0);
                    String value = t.categorical(QUOTES).text(0);
                    List<String> categories = new ArrayList<>();
                    for (int row = 0; row < t.rowCount(); row++) {
                        categories.add(t.categorical(QUOTES).text(row));
                    }
                    categories.add(t.categorical(AMP).text(0));
                    return Outcome.builder()
                            .measure(Measure.of("echo", 1, column))
                            .table(ResultTable.builder("echo", Message.of("sample.echo.table", Arg.text(column)),
                                            column, QUOTES, AMP)
                                    .row(value, SINGLE, AMP).build())
                            .chart(new Chart("bars", Message.of("sample.echo.bars", Arg.text(column)), ChartKind.BARS,
                                    categories, List.of(ChartSeries.of(column, Message.literal(column), 1, 2, 3, 4)),
                                    Message.literal(column), Message.literal(value)))
                            .chart(new Chart("hist", Message.of("sample.echo.histogram", Arg.text(value)),
                                    ChartKind.HISTOGRAM, categories,
                                    List.of(ChartSeries.of("single", Message.literal(SINGLE), 1, 2, 3, 4),
                                            ChartSeries.of("amp", Message.literal(AMP), 4, 3, 2, 1)),
                                    Message.literal(column), Message.literal(value)))
                            .chart(new Chart("matrix", Message.of("sample.echo.matrix", Arg.text(column)),
                                    ChartKind.MATRIX, List.of(column, AMP),
                                    List.of(ChartSeries.of(column, Message.literal(column), 1, 2),
                                            ChartSeries.of(AMP, Message.literal(AMP), 3, 4)),
                                    Message.literal(value), Message.literal(column)))
                            .explanation(Message.of("sample.echo.summary", Arg.text(column), Arg.text(value),
                                    Arg.text(SINGLE), Arg.text(AMP)))
                            .status(Status.WARN)
                            .build();
                });
        return Assessment.builder()
                .component("component " + SCRIPT, "description " + QUOTES + " " + SINGLE + " " + AMP)
                .profile(profile().withReason(ExternalCharacteristic.FAIRNESS, "reason " + SCRIPT))
                .dataset(DatasetRole.TRAINING, training)
                .checks(List.of(echo))
                .answer(ProcessAnswer.yes("B-3.1a", "evidence " + SCRIPT + " " + AMP))
                .build()
                .run();
    }

    /**
     * A tiny fixed assessment for the golden JSON file: four rows, two inline checks (one judged with a CI and a
     * table, one informative with a NaN measure and a chart) and one recorded answer.
     */
    public static AssessmentResult tiny() {
        CategoryDictionary label = new CategoryDictionary();
        Table training = Table.of("tiny.csv", "fixtures/tiny.csv", List.of(
                NumericColumn.of("x", 1, 2, Double.NaN, 4),
                CategoricalColumn.of("y", label, "yes", "no", "no", null)));
        Check judged = new InlineCheck(CheckDescriptor.builder("b3.tiny-missing", "Missing values",
                InternalCharacteristic.B_3).items("B-3.1b").needs(Input.TRAINING_DATA).criteria("missing_share <= 0.1")
                .build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("missing_share", 0.25, "ratio")
                                .withInterval(new ConfidenceInterval(0.95, 0.0, 0.75, Message.of(
                                        "sample.tiny.interval", Arg.text(Long.toString(ctx.seed())))))
                                .judgedBy(ctx.criterion("missing_share").orElse(null)))
                        .table(ResultTable.builder("per-column", Message.of("sample.tiny.table"), "column", "missing")
                                .row("x", 1).row("y", 1).build())
                        .explanation(Message.of("sentences",
                                Message.of("sample.tiny.summary", Arg.count(2), Arg.count(8), Arg.share(0.25),
                                        Arg.num(10)),
                                Message.of("sample.tiny.columns", Arg.join(List.of(Arg.text("x"), Arg.text("y"))))))
                        .build());
        Check informative = new InlineCheck(CheckDescriptor.builder("b2.tiny-balance", "Class balance",
                InternalCharacteristic.B_2).items("B-2.E1").needs(Input.TRAINING_DATA).build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("minority_share", 1.0 / 3, "ratio"))
                        .measure(Measure.of("imbalance_ratio", Double.POSITIVE_INFINITY, "ratio"))
                        .measure(Measure.of("undefined", Double.NaN, ""))
                        .chart(new Chart("balance", Message.of("sample.tiny.chart"), ChartKind.BARS,
                                List.of("yes", "no"), List.of(ChartSeries.of("rows", Message.of("axis.rows"), 1, 2)),
                                Message.of("column.class"), Message.of("axis.rows")))
                        .explanation(Message.of("sample.tiny.balance", Arg.text("yes"), Arg.count(1), Arg.count(3)))
                        .build());
        return Assessment.builder()
                .component("tiny", "A fixed assessment for the golden file.")
                .profile(profile())
                .dataset(DatasetRole.TRAINING, training)
                .checks(List.of(judged, informative))
                .answer(ProcessAnswer.yes("B-3.1a", "fixtures/README.md"))
                .seed(7)
                .build()
                .run();
    }

    /**
     * A synthetic assessment of {@code count} checks spread over the nine characteristics, each with two measures (one
     * with a CI and a criterion), a 12-row table and one chart, in turn a 20-bin two-series histogram, bars over 8
     * groups in two series, and a 3 x 3 matrix: heavier than the built-in catalogue, which draws fewer charts.
     */
    public static AssessmentResult synthetic(int count) {
        CategoryDictionary sex = new CategoryDictionary();
        CategoryDictionary income = new CategoryDictionary();
        List<Check> checks = new ArrayList<>();
        InternalCharacteristic[] all = InternalCharacteristic.values();
        for (int i = 0; i < count; i++) {
            InternalCharacteristic c = all[i % all.length];
            int n = i;
            checks.add(new InlineCheck(CheckDescriptor.builder("synthetic." + i, "Synthetic check number " + i, c)
                    .needs(Input.TRAINING_DATA).criteria("value >= 0.5").build(),
                    ctx -> {
                        SplittableRandom random = new SplittableRandom(ctx.seed());
                        ResultTable.Builder table = ResultTable.builder("rows", Message.of("sample.synthetic.table"),
                                "feature", "statistic", "p_value", "adjusted_p");
                        for (int k = 0; k < 12; k++) {
                            table.row("feature_" + k, random.nextDouble(), random.nextDouble(), random.nextDouble());
                        }
                        double value = Math.round(random.nextDouble() * 10000) / 10000.0;
                        return Outcome.builder()
                                .measure(Measure.of("value", value, "ratio")
                                        .withInterval(new ConfidenceInterval(0.95, value / 2, value,
                                                Message.of("sample.synthetic.interval")))
                                        .judgedBy(ctx.criterion("value").orElse(null)))
                                .measure(Measure.of("rows", 8 + n, "rows"))
                                .table(table.build())
                                .chart(syntheticChart(n, random))
                                .explanation(Message.of("sample.synthetic.summary", Arg.count(n), Arg.num(value)))
                                .build();
                    }));
        }
        return Assessment.builder()
                .component("synthetic", "A synthetic assessment of " + count + " checks.")
                .profile(profile())
                .dataset(DatasetRole.TRAINING, training(sex, income))
                .checks(checks)
                .build()
                .run();
    }

    private static Chart syntheticChart(int n, SplittableRandom random) {
        int kind = (n / 9) % 3;
        int size = kind == 0 ? 20 : kind == 1 ? 8 : 3;
        List<String> labels = new ArrayList<>();
        double[] a = new double[size];
        double[] b = new double[size];
        double[] c = new double[size];
        for (int k = 0; k < size; k++) {
            labels.add(kind == 0 ? "[" + (k * 5) + ", " + (k * 5 + 5) + ")" : "group " + k);
            a[k] = Math.round(random.nextDouble() * 1000) / 1000.0;
            b[k] = Math.round(random.nextDouble() * 1000) / 1000.0;
            c[k] = random.nextInt(500);
        }
        if (kind == 0) {
            return new Chart("hist-" + n, Message.of("sample.synthetic.histogram", Arg.count(n)), ChartKind.HISTOGRAM,
                    labels, List.of(ChartSeries.of("training", Message.of("role.training"), a),
                    ChartSeries.of("test", Message.of("role.test"), b)), Message.of("sample.synthetic.value"),
                    Message.of("sample.synthetic.shareOfRows"));
        }
        if (kind == 1) {
            return new Chart("bars-" + n, Message.of("sample.synthetic.bars", Arg.count(n)), ChartKind.BARS, labels,
                    List.of(ChartSeries.of("training", Message.of("role.training"), a),
                            ChartSeries.of("test", Message.of("role.test"), b)), Message.of("sample.synthetic.group"),
                    Message.of("sample.axis.selectionRate"));
        }
        return new Chart("matrix-" + n, Message.of("sample.synthetic.matrix", Arg.count(n)), ChartKind.MATRIX, labels,
                List.of(ChartSeries.of("group 0", Message.literal("group 0"), c),
                        ChartSeries.of("group 1", Message.literal("group 1"), a),
                        ChartSeries.of("group 2", Message.literal("group 2"), b)),
                Message.of("sample.axis.predicted"), Message.of("sample.axis.actual"));
    }

    /**
     * The result with everything that differs between machines or runs fixed: library version, environment,
     * and every instant and duration.
     */
    public static AssessmentResult normalized(AssessmentResult r) {
        Instant epoch = Instant.parse("2024-05-01T10:15:30Z");
        List<CheckResult> checks = r.checks().stream().map(c -> {
            Provenance p = c.provenance();
            Provenance fixed = new Provenance("test", p.datasets(), p.model(), p.parameters(), p.criteria(), p.seed(),
                    epoch, Duration.ofMillis(12));
            return new CheckResult(c.checkId(), c.title(), c.characteristic(), c.items(), c.status(), c.explanation(),
                    c.measures(), c.tables(), c.charts(), c.error(), fixed);
        }).toList();
        Map<String, String> environment = new TreeMap<>(Map.of("java.version", "17", "os.name", "Linux",
                "tenken.version", "test"));
        return new AssessmentResult(r.formatVersion(), "test", r.component(), r.edition(), r.profile(),
                r.requirements(), r.verdict(), r.characteristics(), checks, r.answers(), r.datasets(), r.model(),
                r.seed(), environment, r.scans(), epoch, Duration.ofMillis(1234));
    }
}

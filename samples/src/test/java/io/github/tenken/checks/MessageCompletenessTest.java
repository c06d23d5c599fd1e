package io.github.tenken.checks;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.balance.ClassBalanceCheck;
import io.github.tenken.checks.correctness.AdultForest;
import io.github.tenken.checks.correctness.BaselineCheck;
import io.github.tenken.checks.correctness.ClassificationPerformanceCheck;
import io.github.tenken.checks.correctness.PerCaseCheck;
import io.github.tenken.checks.correctness.RegressionPerformanceCheck;
import io.github.tenken.checks.correctness.WeakSegmentsCheck;
import io.github.tenken.checks.constraints.Constraints;
import io.github.tenken.checks.constraints.ConstraintsCheck;
import io.github.tenken.checks.coverage.CaseCoverageCheck;
import io.github.tenken.checks.drift.OperationDriftCheck;
import io.github.tenken.checks.drift.TrainTestDriftCheck;
import io.github.tenken.checks.fairness.GroupParityCheck;
import io.github.tenken.checks.integrity.DuplicatesCheck;
import io.github.tenken.checks.integrity.LabelConflictsCheck;
import io.github.tenken.checks.integrity.MissingValuesCheck;
import io.github.tenken.checks.outliers.OutliersCheck;
import io.github.tenken.checks.placeholders.DisguisedMissingCheck;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.checks.software.DeterminismCheck;
import io.github.tenken.checks.stability.PerturbationCheck;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.checks.types.TypesCheck;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message the built-in checks can put in a result exists in English and Japanese, and the Japanese texts are
 * Japanese. The checks run on the Adult sample with a seeded forest, on the catalogue fixture, and on small fixtures
 * that reach their not-applicable, warn and error branches; every Message reachable from the results is collected
 * (explanations, table titles, cells, chart titles, series and axes, interval methods, and the messages nested in
 * their arguments).
 */
class MessageCompletenessTest {

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);
    private static final MessageCatalog JA = MessageCatalog.of(Language.JA);

    /** Every message reached, by key, with the check that reported it first (the key "literal" left out). */
    private static final Map<String, Message> reached = new TreeMap<>();
    private static final Map<String, String> reachedBy = new TreeMap<>();
    private static AssessmentResult adultResult;
    private static AssessmentResult regressorResult;
    /** The checks whose results were walked. */
    private static final Set<String> checksSeen = new TreeSet<>();
    /** Every message reached, as reported (not unique). */
    private static final List<Message> all = new ArrayList<>();

    @BeforeAll
    static void runEveryCheckThroughEveryBranch() {
        List<AssessmentResult> results = new ArrayList<>();
        adultResult = adult();
        results.add(adultResult);
        CatalogueFixture fixture = new CatalogueFixture();
        results.add(fixture.assessment(false).build().run());
        regressorResult = fixture.assessment(true).build().run();
        results.add(regressorResult);
        results.add(fixture.assessment(false).exactUpTo(50).build().run());   // sketched KS
        results.addAll(branches());
        for (AssessmentResult r : results) {
            CheckHarness.assertStrictAndFused(r);
            for (CheckResult c : r.checks()) {
                checksSeen.add(c.checkId());
                messagesOf(c, m -> {
                    all.add(m);
                    if (!m.isLiteral() && reached.putIfAbsent(m.key(), m) == null) {
                        reachedBy.put(m.key(), c.checkId());
                    }
                });
            }
        }
    }

    /** The whole catalogue on Adult: training, test, and the test data again as operation data. */
    private static AssessmentResult adult() {
        AdultForest adult = AdultForest.get();
        return Assessment.builder().component("income", "Adult")
                .profile(io.github.tenken.guideline.QualityProfile.of(
                        io.github.tenken.guideline.SafetyLevel.AISL_0_1,
                        io.github.tenken.guideline.PerformanceLevel.AIPL_1,
                        io.github.tenken.guideline.FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, adult.training()).dataset(DatasetRole.TEST, adult.test())
                .dataset(DatasetRole.OPERATION, adult.test().named("operation"))
                .roles(ColumnRoles.label("income").withSensitive("sex", "race", "age"))
                .cases(List.of(CaseDefinition.of("Dutch", Condition.equalTo("native-country", "Holand-Netherlands")),
                        CaseDefinition.of("older women", Condition.equalTo("sex", "Female"),
                                Condition.between("age", 60, Double.POSITIVE_INFINITY))))
                .model(adult.forest()).checks(CheckCatalog.load())
                .criterion("c1.classification", "accuracy >= 0.95")
                .seed(42).strict(true).build().run();
    }

    /** Small fixtures for the branches the real data do not reach. */
    private static List<AssessmentResult> branches() {
        List<AssessmentResult> out = new ArrayList<>();
        CategoryDictionary yn = CategoryDictionary.of("no", "yes");
        CategoryDictionary ab = CategoryDictionary.of("a", "b");
        Table oneClass = Table.of("one-class", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("y", yn, "yes", "yes", "yes", "yes")));
        // a single class; no cases; training only (no leakage, no conflicts with test)
        out.add(CheckHarness.assessment(new ClassBalanceCheck(), new CaseCoverageCheck(), new DuplicatesCheck(),
                        new LabelConflictsCheck(), new MissingValuesCheck(), new OperationDriftCheck(),
                        new io.github.tenken.checks.distribution.CaseSkewCheck(),
                        new io.github.tenken.checks.balance.RepresentationCheck(),
                        new io.github.tenken.smile.checks.LabelNoiseCheck())
                .roles(ColumnRoles.label("y")).dataset(DatasetRole.TRAINING, oneClass).build().run());
        // a numeric sensitive attribute without declared edges: nothing to group
        out.add(CheckHarness.assessment(new io.github.tenken.checks.balance.RepresentationCheck())
                .roles(ColumnRoles.label("y").withSensitive("x")).dataset(DatasetRole.TRAINING, oneClass).build()
                .run());
        // cases short in training only and in test only, a numeric sensitive attribute, training-only coverage
        Table train = Table.of("train", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6),
                CategoricalColumn.of("g", ab, "a", "b", "b", "b", "b", "b")));
        Table test = Table.of("test", List.of(NumericColumn.of("x", 1, 1, 1, 6),
                CategoricalColumn.of("g", ab, "a", "a", "a", "b")));
        out.add(CheckHarness.assessment(new CaseCoverageCheck(), new io.github.tenken.checks.distribution.CaseSkewCheck(),
                        new io.github.tenken.checks.coverage.CombinatorialCoverageCheck())
                .riskAttributes(io.github.tenken.data.RiskAttribute.categorical("g"),
                        io.github.tenken.data.RiskAttribute.binned("x", 3))
                .cases(List.of(CaseDefinition.of("g is a", Condition.equalTo("g", "a")),
                        CaseDefinition.of("large x", Condition.between("x", 2, 10))))
                .parameter("b1.case-coverage", "minRows", "2")
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test).build().run());
        out.add(CheckHarness.assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("x"))
                .dataset(DatasetRole.TRAINING, train).build().run());
        out.add(CheckHarness.assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("g", "id"))
                .dataset(DatasetRole.TRAINING, Table.of("with-ids", List.of(CategoricalColumn.of("g", ab, "a", "b"),
                        IdentifierColumn.of("id", "p1", "p2")))).build().run());
        // drift with a numeric column empty in the compared data and a categorical one empty in the reference
        Table reference = Table.of("reference", List.of(NumericColumn.of("z", 1, 2, 3),
                CategoricalColumn.of("k", ab, null, null, null)));
        Table compared = Table.of("compared", List.of(NumericColumn.of("z", Double.NaN, Double.NaN),
                CategoricalColumn.of("k", ab, "a", "b")));
        out.add(CheckHarness.assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, reference).dataset(DatasetRole.TEST, compared).build().run());
        out.add(CheckHarness.assessment(new TrainTestDriftCheck())
                .dataset(DatasetRole.TRAINING, compared.named("compared2")).dataset(DatasetRole.TEST, reference)
                .build().run());
        // a classifier without probabilities, missing labels, a failed criterion; a regressor with missing labels
        Table labelled = Table.of("labelled", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8),
                NumericColumn.of("flat", 3, 3, 3, 3, 3, 3, 3, 3),
                CategoricalColumn.of("g", ab, "a", "a", "a", "b", "b", "b", null, "a"),
                CategoricalColumn.of("y", yn, "no", "yes", null, "yes", "no", "yes", "no", "no"),
                NumericColumn.of("target", 1, 2, Double.NaN, 4, 5, 6, 7, 8)));
        Model hard = FunctionModel.classifier(List.of("no", "yes"), row -> row.number("x") > 4 ? "yes" : "no");
        out.add(CheckHarness.assessment(new ClassificationPerformanceCheck(), new GroupParityCheck(),
                        new RegressionPerformanceCheck(), new PerturbationCheck(), new DeterminismCheck())
                .roles(ColumnRoles.label("y").withSensitive("g", "x").withIgnored("target"))
                .parameter("fairness.group-parity", "minGroupSize", "4")
                .criterion("c1.classification", "accuracy >= 0.99")
                .model(hard).dataset(DatasetRole.TEST, labelled).build().run());
        out.add(CheckHarness.assessment(new ClassificationPerformanceCheck(), new GroupParityCheck())
                .roles(ColumnRoles.label("y").withSensitive("g")).parameter("fairness.group-parity", "minGroupSize",
                        "100").model(hard).dataset(DatasetRole.TEST, labelled.named("labelled2")).build().run());
        // an identifier sensitive attribute has no groups to compare
        Table withIds = Table.of("with-ids-test", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8),
                IdentifierColumn.of("person", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"),
                CategoricalColumn.of("y", yn, "no", "yes", "no", "yes", "no", "yes", "no", "no")));
        out.add(CheckHarness.assessment(new GroupParityCheck()).roles(ColumnRoles.label("y").withSensitive("person"))
                .model(hard).dataset(DatasetRole.TEST, withIds).build().run());
        Model line = FunctionModel.regressor(row -> row.number("x"));
        out.add(CheckHarness.assessment(new RegressionPerformanceCheck(), new PerturbationCheck())
                .roles(ColumnRoles.label("target").withIgnored("y")).model(line)
                .dataset(DatasetRole.TEST, labelled.named("labelled3")).build().run());
        // perturbation without numeric features, without spread, with a feature without spread; replaying models
        Table categoricalOnly = Table.of("categorical", List.of(CategoricalColumn.of("g", ab, "a", "b"),
                CategoricalColumn.of("y", yn, "no", "yes")));
        out.add(CheckHarness.assessment(new PerturbationCheck()).roles(ColumnRoles.label("y"))
                .model(FunctionModel.classifier(List.of("no", "yes"), row -> "no"))
                .dataset(DatasetRole.TEST, categoricalOnly).build().run());
        out.add(CheckHarness.assessment(new PerturbationCheck()).roles(ColumnRoles.label("y").withIgnored("x",
                        "target", "g"))
                .model(FunctionModel.classifier(List.of("no", "yes"), row -> "no"))
                .dataset(DatasetRole.TEST, labelled.named("flat")).build().run());
        out.add(CheckHarness.assessment(new PerturbationCheck(), new DeterminismCheck())
                .roles(ColumnRoles.label("y")).model(new Replaying(hard))
                .dataset(DatasetRole.TEST, labelled.named("replayed")).build().run());
        out.add(CheckHarness.assessment(new DeterminismCheck()).roles(ColumnRoles.label("y")).model(new Flipping())
                .dataset(DatasetRole.TEST, labelled.named("flipping")).build().run());
        // c2 (model catalogue): a model that reads only an identifier; data whose only feature is one; a model that
        // declares its column, judged by a criterion no level meets; retraining by a classifier's and a regressor's
        // trainer, and on too few rows for the folds
        Table people = Table.of("people", List.of(IdentifierColumn.of("person", "p1", "p2", "p3", "p4"),
                NumericColumn.of("x", 1, 2, 3, 4), CategoricalColumn.of("y", yn, "no", "yes", "no", "yes")));
        out.add(CheckHarness.assessment(new PerturbationCheck()).roles(ColumnRoles.label("y"))
                .model(new Reads(hard, List.of("person"))).dataset(DatasetRole.TEST, people).build().run());
        out.add(CheckHarness.assessment(new PerturbationCheck()).roles(ColumnRoles.label("y").withIgnored("x"))
                .model(hard).dataset(DatasetRole.TEST, people.named("people2")).build().run());
        out.add(CheckHarness.assessment(new PerturbationCheck()).roles(ColumnRoles.label("y"))
                .model(new Reads(hard, List.of("x"))).criterion("c2.perturbation", "flip_rate <= -1")
                .dataset(DatasetRole.TEST, labelled.named("declared")).build().run());
        out.add(CheckHarness.assessment(new io.github.tenken.checks.stability.RetrainingSpreadCheck())
                .roles(ColumnRoles.label("y").withIgnored("target")).trainer((training, roles, seed) -> hard)
                .parameter("c2.retraining-spread", "folds", "2")
                .dataset(DatasetRole.TRAINING, labelled.named("retrain")).dataset(DatasetRole.TEST, labelled)
                .build().run());
        out.add(CheckHarness.assessment(new io.github.tenken.checks.stability.RetrainingSpreadCheck())
                .roles(ColumnRoles.label("target").withIgnored("y")).trainer((training, roles, seed) -> line)
                .parameter("c2.retraining-spread", "folds", "2")
                .dataset(DatasetRole.TRAINING, labelled.named("retrain2")).dataset(DatasetRole.TEST, labelled)
                .build().run());
        out.add(CheckHarness.assessment(new io.github.tenken.checks.stability.RetrainingSpreadCheck())
                .roles(ColumnRoles.label("y").withIgnored("target")).trainer((training, roles, seed) -> hard)
                .dataset(DatasetRole.TRAINING, labelled.named("retrain3")).dataset(DatasetRole.TEST, labelled)
                .build().run());
        // a numeric label without a tolerance: label conflicts are not applicable
        out.add(CheckHarness.assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("target"))
                .dataset(DatasetRole.TRAINING, labelled.named("numeric-label")).build().run());
        // b3.types: each kind of finding first once (the catalogue fixture's declared row_id, Adult's one-to-one
        // pair), more than 20 stray tokens in one column, and a clean dataset
        int n = 321;
        String[] numbersAndTokens = new String[n];
        String[] wholeIds = new String[1_000];
        double[] straight = new double[n];
        double[] twice = new double[n];
        for (int i = 0; i < n; i++) {
            numbersAndTokens[i] = i < 300 ? Integer.toString(i % 17) : "t" + (i - 300);
            straight[i] = i + 0.25;
            twice[i] = 2 * i + 0.75;
        }
        for (int i = 0; i < wholeIds.length; i++) {
            wholeIds[i] = "p" + i;
        }
        out.add(CheckHarness.assessment(new TypesCheck()).dataset(DatasetRole.TRAINING, Table.of("stray", List.of(
                CategoricalColumn.of("n", CategoryDictionary.of(), numbersAndTokens)))).build().run());
        out.add(CheckHarness.assessment(new TypesCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, Table.of("spellings", List.of(NumericColumn.of("x", 1, 2, 3),
                        CategoricalColumn.of("y", CategoryDictionary.of(), "Yes", "yes", "no")))).build().run());
        out.add(CheckHarness.assessment(new TypesCheck()).dataset(DatasetRole.TRAINING, Table.of("person", List.of(
                CategoricalColumn.of("person", CategoryDictionary.of(), wholeIds)))).build().run());
        out.add(CheckHarness.assessment(new TypesCheck()).dataset(DatasetRole.TRAINING, Table.of("constant",
                List.of(NumericColumn.of("c", 4, 4, 4), NumericColumn.of("d", 1, 2, 3)))).build().run());
        out.add(CheckHarness.assessment(new TypesCheck()).dataset(DatasetRole.TRAINING, Table.of("collinear",
                List.of(NumericColumn.of("line", straight), NumericColumn.of("twice", twice)))).build().run());
        out.add(CheckHarness.assessment(new TypesCheck()).dataset(DatasetRole.TRAINING, Table.of("clean",
                List.of(NumericColumn.of("a", 1, 5, 2), NumericColumn.of("b", 2, 1, 2)))).build().run());
        // placeholders: an edge spike and a text marker; outliers beyond one fence or both, a MAD of 0, a constant
        // and an empty column, exact and sketched; a clean table for both; no numeric column at all
        Table placeholders = Table.of("placeholders", List.of(
                NumericColumn.of("pressure", 0, 0, 0, 0, 40, 44, 46, 48, 50, 52, 54, 56),
                CategoricalColumn.of("status", CategoryDictionary.of("ok", "n/a"), "ok", "ok", "n/a", "ok", "ok", "ok",
                        "ok", "ok", "ok", "ok", "ok", "ok")));
        out.add(CheckHarness.assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, placeholders).build().run());
        Table outliers = Table.of("outliers", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 23, 100),
                NumericColumn.of("skew", 1000, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 50),
                NumericColumn.of("flat", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                NumericColumn.of("empty", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)));
        out.add(CheckHarness.assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .parameter("b3.outliers", "isolationTrees", "20")
                .dataset(DatasetRole.TRAINING, outliers).build().run());
        out.add(CheckHarness.assessment(new OutliersCheck()).roles(ColumnRoles.none()).exactUpTo(5)
                .dataset(DatasetRole.TRAINING, outliers.named("outliers-sketched")).build().run());
        out.add(CheckHarness.assessment(new OutliersCheck(), new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, Table.of("clean", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6))))
                .build().run());
        out.add(CheckHarness.assessment(new OutliersCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, Table.of("words", List.of(CategoricalColumn.of("g", ab, "a", "b"))))
                .build().run());
        // a sensitive attribute with more values than the tables list
        Table listed = Table.of("listed", List.of(CategoricalColumn.of("g", ab, "a", "b", "b"),
                CategoricalColumn.of("y", yn, "yes", "no", "yes")));
        out.add(CheckHarness.assessment(new CaseCoverageCheck(), new io.github.tenken.checks.balance.RepresentationCheck())
                .roles(ColumnRoles.label("y").withSensitive("g")).dataset(DatasetRole.TRAINING, listed)
                .parameter("b1.case-coverage", "maxListedValues", "1")
                .parameter("b2.representation", "maxListedGroups", "1").build().run());
        // a case with an expected share
        out.add(CheckHarness.assessment(new io.github.tenken.checks.distribution.ExpectedDistributionCheck())
                .dataset(DatasetRole.TRAINING, Table.of("cased", List.of(CategoricalColumn.of("g", ab, "a", "b", "b"))))
                .cases(List.of(CaseDefinition.of("a", Condition.equalTo("g", "a")))).expectCase("a", 0.5).build()
                .run());
        // a label of classes written as numbers
        out.add(CheckHarness.assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, Table.of("zero-one", List.of(NumericColumn.of("x", 1, 1, 2),
                        NumericColumn.of("y", 0, 1, 1)))).build().run());
        // and a measured label without a tolerance
        out.add(CheckHarness.assessment(new LabelConflictsCheck()).roles(ColumnRoles.label("y"))
                .dataset(DatasetRole.TRAINING, Table.of("measured", List.of(NumericColumn.of("x", 1, 1, 2),
                        NumericColumn.of("y", 0.5, 1.25, 2)))).build().run());
        // drift: a column above largeSample judged by the distance of sketches beside one below it judged by a test
        int big = 1_200;
        double[] dense = new double[big];
        double[] sparse = new double[big];
        double[] shifted = new double[big];
        for (int i = 0; i < big; i++) {
            dense[i] = i;
            shifted[i] = i + 300;
            sparse[i] = i % 3 == 0 ? i : Double.NaN;
        }
        out.add(CheckHarness.assessment(new TrainTestDriftCheck()).exactUpTo(100)
                .dataset(DatasetRole.TRAINING, Table.of("dense", List.of(NumericColumn.of("x", dense),
                        NumericColumn.of("y", sparse))))
                .dataset(DatasetRole.TEST, Table.of("shifted", List.of(NumericColumn.of("x", shifted),
                        NumericColumn.of("y", sparse)))).build().run());
        // b3.constraints: every rule holds (one-sided ranges, a rule without tolerance); a broken rule, no row listed
        Table bounded = Table.of("bounded", List.of(NumericColumn.of("lo", 1, 2), NumericColumn.of("hi", 3, 4)));
        out.add(CheckHarness.assessment(new ConstraintsCheck(Constraints.builder().min("lo", 0).max("hi", 10)
                        .rule("lo < hi").check("an inline rule", t -> 0).build()))
                .dataset(DatasetRole.TRAINING, bounded).build().run());
        out.add(CheckHarness.assessment(new ConstraintsCheck(Constraints.builder().max("hi", 3).build()))
                .parameter("b3.constraints", "listRows", "0").dataset(DatasetRole.TRAINING, bounded.named("bounded2"))
                .build().run());
        // the engine's own branches: a missing input, a criterion on no measure, a label the model never saw
        Table unseen = Table.of("unseen", List.of(NumericColumn.of("x", 1, 2),
                CategoricalColumn.of("y", CategoryDictionary.of("maybe"), "maybe", "maybe")));
        // (a user's check that declares no measures: a declared one refuses the criterion before the run)
        out.add(CheckHarness.assessment(new ClassificationPerformanceCheck(), new OperationDriftCheck(),
                        new UndeclaredMeasures(new MissingValuesCheck()))
                .roles(ColumnRoles.label("y")).model(hard).criterion("b3.missing-values", "no_such_measure <= 1")
                .dataset(DatasetRole.TRAINING, unseen).dataset(DatasetRole.TEST, unseen.named("unseen2")).build()
                .run());
        // c1 on nine rows of three classes: a model with probabilities but no positive class (calibration scores the
        // predicted class), right on 5 of 9 rows, so that its accuracy interval straddles 0.5 and it does not clearly
        // beat the baselines; it never predicts c, so precision.c has no interval; a case and segments too small
        CategoryDictionary abc = CategoryDictionary.of("a", "b", "c");
        Table threeClasses = Table.of("three-classes", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9),
                CategoricalColumn.of("y", abc, "a", "a", "a", "b", "b", "b", "c", "c", "c")));
        Model neverC = FunctionModel.probabilistic(List.of("a", "b", "c"), row -> row.number("x") <= 4
                ? new double[] {0.6, 0.3, 0.1} : new double[] {0.2, 0.5, 0.3});
        out.add(CheckHarness.assessment(new ClassificationPerformanceCheck(), new BaselineCheck(), new PerCaseCheck(),
                        new WeakSegmentsCheck())
                .roles(ColumnRoles.label("y")).model(neverC)
                .cases(List.of(CaseDefinition.of("small x", Condition.between("x", 1, 3))))
                .criterion("c1.classification", "accuracy >= 0.5")
                .criterion("c1.classification", "precision.c >= 0.5")
                .dataset(DatasetRole.TEST, threeClasses).build().run());
        // a2.risk-traceability: a risk named by a case without rows, a risk no case covers; none recorded; all traced
        Table risky = Table.of("risky", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("g", ab, "a", "a", "a", "a")));
        out.add(CheckHarness.assessment(new io.github.tenken.checks.coverage.RiskTraceabilityCheck())
                .risk(io.github.tenken.data.Risk.of("R1", "b is rare")).risk(io.github.tenken.data.Risk.of("R2",
                        "large x", "x"))
                .cases(List.of(CaseDefinition.of("g is b", Condition.equalTo("g", "b")).covering("R1")))
                .dataset(DatasetRole.TRAINING, risky).build().run());
        out.add(CheckHarness.assessment(new io.github.tenken.checks.coverage.RiskTraceabilityCheck())
                .dataset(DatasetRole.TRAINING, risky.named("no-risks")).build().run());
        out.add(CheckHarness.assessment(new io.github.tenken.checks.coverage.RiskTraceabilityCheck())
                .risk(io.github.tenken.data.Risk.of("R2", "large x", "x"))
                .cases(List.of(CaseDefinition.of("large x", Condition.between("x", 3, 10))))
                .dataset(DatasetRole.TRAINING, risky.named("traced")).build().run());
        // c1.per-case without cases or sensitive attributes, c1.weak-segments without a feature to slice
        Table onlyIds = Table.of("only-ids", List.of(IdentifierColumn.of("person", "p1", "p2", "p3", "p4"),
                CategoricalColumn.of("y", yn, "no", "yes", "no", "yes")));
        out.add(CheckHarness.assessment(new PerCaseCheck(), new WeakSegmentsCheck()).roles(ColumnRoles.label("y"))
                .model(FunctionModel.classifier(List.of("no", "yes"), row -> "no"))
                .dataset(DatasetRole.TEST, onlyIds).build().run());
        return out;
    }

    /** A model that replays its predictions: it cannot predict new rows. */
    private record Replaying(Model inner) implements Model {
        @Override
        public ModelKind kind() {
            return inner.kind();
        }

        @Override
        public List<String> classes() {
            return inner.classes();
        }

        @Override
        public Predictions predict(Table table) {
            return inner.predict(table);
        }

        @Override
        public String description() {
            return "predictions file p.csv";
        }

        @Override
        public boolean predictsNewRows() {
            return false;
        }
    }

    /** A model that declares the columns it reads. */
    private record Reads(Model inner, List<String> features) implements Model {
        @Override
        public ModelKind kind() {
            return inner.kind();
        }

        @Override
        public List<String> classes() {
            return inner.classes();
        }

        @Override
        public Predictions predict(Table table) {
            return inner.predict(table);
        }

        @Override
        public String description() {
            return inner.description() + " reading " + features;
        }
    }

    /** A classifier whose second prediction of a table differs from its first. */
    private static final class Flipping implements Model {
        private int calls;

        @Override
        public ModelKind kind() {
            return ModelKind.CLASSIFICATION;
        }

        @Override
        public List<String> classes() {
            return List.of("no", "yes");
        }

        @Override
        public synchronized Predictions predict(Table table) {
            int[] p = new int[table.rowCount()];
            java.util.Arrays.fill(p, calls++ == 0 ? 0 : 1);
            return Predictions.classification(classes(), p, null);
        }

        @Override
        public String description() {
            return "flipping";
        }
    }

    /** Every message of a result: explanation, table titles and cells, charts, interval methods, nested ones. */
    static void messagesOf(CheckResult r, Consumer<Message> sink) {
        Consumer<Message> walk = new Consumer<>() {
            @Override
            public void accept(Message m) {
                sink.accept(m);
                m.args().forEach(a -> arg(a, this));
            }
        };
        walk.accept(r.explanation());
        for (ResultTable t : r.tables()) {
            walk.accept(t.title());
            t.rows().forEach(row -> row.stream().filter(c -> c instanceof Message).forEach(c -> walk.accept((Message) c)));
        }
        for (Chart c : r.charts()) {
            walk.accept(c.title());
            walk.accept(c.xLabel());
            walk.accept(c.yLabel());
            c.series().stream().map(ChartSeries::label).forEach(walk);
        }
        for (Measure m : r.measures()) {
            if (m.interval() != null) {
                walk.accept(m.interval().method());
            }
        }
    }

    private static void arg(Arg a, Consumer<Message> walk) {
        if (a instanceof Arg.Nested n) {
            walk.accept(n.message());
        } else if (a instanceof Arg.Join j) {
            j.items().forEach(i -> arg(i, walk));
        }
    }

    /** The message with every verbatim text (data values, names, ids, criteria) left empty. */
    static Message withoutVerbatimText(Message m) {
        if (m.isLiteral()) {
            return Message.literal("");
        }
        return new Message(m.key(), m.args().stream().map(MessageCompletenessTest::withoutVerbatimText).toList());
    }

    private static Arg withoutVerbatimText(Arg a) {
        if (a instanceof Arg.Text) {
            return Arg.text("");
        }
        if (a instanceof Arg.Nested n) {
            return Arg.message(withoutVerbatimText(n.message()));
        }
        if (a instanceof Arg.Join j) {
            return Arg.join(j.items().stream().map(MessageCompletenessTest::withoutVerbatimText).toList());
        }
        return a;
    }

    /**
     * Runs of four or more ASCII letters left in a Japanese text once ids are removed: the check ids and guideline
     * item ids a sentence may cite, and the few names that are written in Latin letters in Japanese too (the
     * Benjamini-Hochberg procedure, the RMSE).
     */
    static List<String> englishWords(String japanese) {
        String text = japanese.replaceAll("\\b[a-z][a-z0-9]*\\.[a-z][a-z-]*\\b", " ")     // c1.regression, drift.train-test
                .replaceAll("\\b[A-E]-\\d\\.\\d[a-z]?\\b", " ");                         // C-1.1b
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{4,}").matcher(text);
        while (m.find()) {
            if (!Set.of("Benjamini", "Hochberg", "RMSE").contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    @Test
    void theRunsReachedEveryCheck() {
        assertThat(checksSeen).containsAll(CheckCatalog.load().stream().map(c -> c.descriptor().id()).toList());
        assertThat(all).hasSizeGreaterThan(500);
    }

    @Test
    void everyMessageKeyReachedIsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String key : reached.keySet()) {
            if (!EN.has(key)) {
                missing.add(key + " (en, from " + reachedBy.get(key) + ")");
            }
            if (!JA.has(key)) {
                missing.add(key + " (ja, from " + reachedBy.get(key) + ")");
            }
        }
        assertThat(missing).as("message keys without a text").isEmpty();
    }

    @Test
    void everyKeyOfTheChecksBundlesIsReachedExceptColumnHeadersAndCheckTexts() {
        // column headers are rendered from table columns (checked below), check texts from descriptors
        Set<String> unreached = new TreeSet<>(ChecksBundles.read(Language.EN).keySet());
        unreached.removeIf(k -> k.startsWith("column.") || reached.containsKey(k));
        assertThat(unreached).as("keys no fixture reached; add a fixture for the branch").isEmpty();
    }

    @Test
    void everyColumnKeyOfEveryTableHasAHeaderExceptTheClassNamesOfAConfusionMatrix() {
        Set<String> headers = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (AssessmentResult r : List.of(adultResult, regressorResult)) {
            for (CheckResult c : r.checks()) {
                for (ResultTable t : c.tables()) {
                    List<String> keys = t.name().equals("confusion-matrix") ? t.columns().subList(0, 1) : t.columns();
                    for (String k : keys) {
                        headers.add(k);
                        if (!EN.has("column." + k) || !JA.has("column." + k)) {
                            missing.add(c.checkId() + " " + t.name() + " " + k);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(headers).hasSizeGreaterThan(40);
    }

    @Test
    void japaneseRenderingsHoldNoEnglishWordsBeyondTheArgumentsTexts() {
        Map<String, List<String>> english = new TreeMap<>();
        for (Message m : all) {
            String ja = JA.render(withoutVerbatimText(m));
            List<String> words = englishWords(ja);
            if (!words.isEmpty()) {
                english.put(m.key(), words);
            }
        }
        assertThat(english).as("English words in Japanese texts").isEmpty();
        // the heuristic itself finds an English sentence
        assertThat(englishWords(EN.render(withoutVerbatimText(reached.get("b3.duplicates.summary"))))).isNotEmpty();
    }

    @Test
    void japaneseTextsOfChecksAndParametersExistAndAreJapanese() {
        Map<String, String> ja = ChecksBundles.read(Language.JA);
        List<String> expected = new ArrayList<>();
        CheckCatalog.load().forEach(check -> {
            String id = check.descriptor().id();
            expected.add("check." + id + ".title");
            expected.add("check." + id + ".description");
            check.descriptor().parameters().forEach(p -> expected.add("check." + id + ".parameter." + p.name()));
        });
        Set<String> present = new TreeSet<>(ja.keySet());
        present.removeIf(k -> !k.startsWith("check."));
        assertThat(present).as("the ja check texts: one title, description and text per parameter, no stale one")
                .containsExactlyInAnyOrderElementsOf(expected);
        Set<String> parameterNames = new TreeSet<>();
        CheckCatalog.load().forEach(c -> c.descriptor().parameters().forEach(p -> parameterNames.add(p.name())));
        for (String key : expected) {
            String text = ja.get(key);
            for (String name : parameterNames) {
                text = text.replace(name, " ");
            }
            assertThat(englishWords(text)).as(key).isEmpty();
        }
    }

    @Test
    void theEnglishAndJapaneseBundlesOfTheChecksHaveTheSameKeysButTheJapaneseCheckTexts() {
        Map<String, String> en = ChecksBundles.read(Language.EN);
        Map<String, String> ja = ChecksBundles.read(Language.JA);
        Set<String> jaShared = new TreeSet<>(ja.keySet());
        jaShared.removeIf(k -> k.startsWith("check."));
        assertThat(en.keySet()).noneMatch(k -> k.startsWith("check."));
        assertThat(jaShared).containsExactlyInAnyOrderElementsOf(en.keySet());
        // both languages fill the same arguments
        for (String key : en.keySet()) {
            assertThat(ChecksBundles.arguments(ja.get(key))).as("arguments of %s", key)
                    .isEqualTo(ChecksBundles.arguments(en.get(key)));
        }
        assertThat(EN.conflicts()).isEmpty();
        assertThat(JA.conflicts()).isEmpty();
    }

    @Test
    void aReachedSentenceReadsTheSameInBothLanguagesOnlyInItsArguments() {
        // a sample: the Adult duplicate sentence carries its counts in both languages
        Message m = reached.get("b3.duplicates.summary");
        String ja = JA.render(m);
        for (Arg a : m.args()) {
            assertThat(ja).contains(EN.format(a));
        }
    }

    /** A check as it is, but with a descriptor that declares no measures, as a user's check may. */
    private record UndeclaredMeasures(io.github.tenken.check.Check inner) implements io.github.tenken.check.Check {
        @Override
        public io.github.tenken.check.CheckDescriptor descriptor() {
            io.github.tenken.check.CheckDescriptor d = inner.descriptor();
            return new io.github.tenken.check.CheckDescriptor(d.id(), d.title(), d.description(), d.characteristic(),
                    d.concerns(), d.items(), d.inputs(), d.parameters(), d.defaultCriteria(), d.parts(), List.of());
        }

        @Override
        public io.github.tenken.check.CheckRun plan(io.github.tenken.check.PlanContext ctx) {
            return inner.plan(ctx);
        }
    }
}

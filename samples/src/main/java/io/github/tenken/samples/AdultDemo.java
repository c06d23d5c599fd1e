package io.github.tenken.samples;

import io.github.tenken.check.Check;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.stability.TableRows;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.smile.SmileTrainer;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Language;
import io.github.tenken.model.Model;

import java.util.List;
import java.util.function.Consumer;

/**
 * The demo assessment on the UCI Adult census data shipped with Tenken: an income pre-screening component whose
 * model, a seeded random forest, is trained on the fly; its profile, declared cases, acceptance criteria and a
 * realistic, incomplete set of process answers. The answers are honest: some items are answered "no" and some are
 * left open, so the report shows what a team would still have to do.
 *
 * <pre>{@code
 * AssessmentResult result = AdultDemo.assessment(100, 42, System.err::println).run();
 * }</pre>
 */
public final class AdultDemo {

    /** The component's name (English). */
    public static final String COMPONENT = DemoTexts.of(Language.EN).get("component");

    /** The component's description (English). */
    public static final String DESCRIPTION = DemoTexts.of(Language.EN).get("description");

    /** The sensitive attributes. */
    public static final List<String> SENSITIVE = List.of("sex", "race");

    /**
     * The census sampling weight: kept in the data checks (it tells records apart, so exact duplicates are the 24 the
     * UCI files really hold), left out of the model's features.
     */
    public static final String SAMPLING_WEIGHT = "fnlwgt";

    private AdultDemo() {
    }

    /**
     * The demo assessment: loads Adult, trains a random forest of {@code trees} trees with {@code seed} on every
     * column but the label and the sampling weight, and gathers the checks of {@link CheckCatalog#load()}.
     *
     * @param progress receives a line before each long step ({@code loading Adult...})
     */
    public static Assessment assessment(int trees, long seed, Consumer<String> progress) {
        return assessment(trees, seed, progress, Language.EN);
    }

    /**
     * The demo assessment with the team's own texts (component, reasons, case names, answers) in a language, so that
     * a Japanese report of the demo is Japanese throughout; the progress lines are in that language too.
     */
    public static Assessment assessment(int trees, long seed, Consumer<String> progress, Language language) {
        DemoTexts texts = DemoTexts.of(language);
        progress.accept(texts.get("progress.loading"));
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        ColumnRoles roles = roles();
        progress.accept(texts.get("progress.training").replace("{0}", Integer.toString(trees)));
        Model model = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, features(training), trees, seed);
        return builder(checks(), language)
                .dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test)
                .model(model)
                .seed(seed)
                .build();
    }

    /**
     * The demo over the model's life (guideline C-2 and E-1): as {@link #assessment(int, long, Consumer, Language)},
     * and besides
     * <ul>
     * <li>operation data: the second half of {@code adult.test}, labelled, in file order, judged in windows of
     *     {@value #OPERATION_WINDOW_ROWS} rows (the first half stays the test set);</li>
     * <li>a reference model, the one "in operation today": a forest of the same size trained on the first half of the
     *     training rows with the next seed, which the new model must not fall behind (E-1.2b);</li>
     * <li>the trainer, so that the forest is retrained with {@value #RETRAINING_RUNS} other seeds and without each of
     *     {@value #RETRAINING_RUNS} folds (C-2.1a);</li>
     * <li>the answer to E-1.1a that such a plan exists.</li>
     * </ul>
     */
    public static Assessment lifecycleAssessment(int trees, long seed, Consumer<String> progress, Language language) {
        DemoTexts texts = DemoTexts.of(language);
        progress.accept(texts.get("progress.loading"));
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table allTest = SampleData.adultTest(dictionaries);
        int half = allTest.rowCount() / 2;
        Table test = TableRows.select(allTest, range(0, half), allTest.name());
        Table operation = TableRows.select(allTest, range(half, allTest.rowCount()), allTest.name() + " (operation)");
        List<String> features = features(training);
        progress.accept(texts.get("progress.training").replace("{0}", Integer.toString(trees)));
        Model model = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, features, trees, seed);
        progress.accept(texts.get("progress.reference"));
        Table older = TableRows.select(training, range(0, training.rowCount() / 2), training.name());
        Model reference = RandomForestTrainer.train(older, SampleData.ADULT_LABEL, features, trees, seed + 1);
        List<ProcessAnswer> answers = new java.util.ArrayList<>(answers(language).stream()
                .filter(a -> !a.itemId().equals("C-2.1a") && !a.itemId().equals("E-1.1a")).toList());
        answers.add(ProcessAnswer.yes("E-1.1a", texts.get("answer.E-1.1a.lifecycle")));
        return builder(checks(), language, answers)
                .dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test)
                .dataset(DatasetRole.OPERATION, operation)
                .model(model)
                .referenceModel(reference)
                .trainer(SmileTrainer.randomForest(trees).withFeatures(features))
                .parameter("c2.retraining-spread", "seeds", Integer.toString(RETRAINING_RUNS))
                .parameter("c2.retraining-spread", "folds", Integer.toString(RETRAINING_RUNS))
                .parameter("e1.performance-over-time", "windowRows", Integer.toString(OPERATION_WINDOW_ROWS))
                .seed(seed)
                .build();
    }

    /** Rows per window of the operation data in {@link #lifecycleAssessment}. */
    public static final int OPERATION_WINDOW_ROWS = 2_000;

    /** Seeds, and folds, the forest is retrained with in {@link #lifecycleAssessment}. */
    public static final int RETRAINING_RUNS = 3;

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** The checks the demo runs: the whole catalogue on the class path. */
    public static List<Check> checks() {
        return CheckCatalog.load();
    }

    /** An assessment builder with everything but the datasets, the model and the seed (English texts). */
    public static Assessment.Builder builder(List<Check> checks) {
        return builder(checks, Language.EN);
    }

    /** An assessment builder with everything but the datasets, the model and the seed, texts in a language. */
    public static Assessment.Builder builder(List<Check> checks, Language language) {
        return builder(checks, language, answers(language));
    }

    private static Assessment.Builder builder(List<Check> checks, Language language, List<ProcessAnswer> answers) {
        DemoTexts t = DemoTexts.of(language);
        return Assessment.builder()
                .component(t.get("component"), t.get("description"))
                .profile(profile(language))
                .roles(roles())
                .positiveClass(">50K")
                .cases(cases(language))
                .checks(checks)
                .criterion("c1.classification", "accuracy >= 0.80")
                .criterion("c1.classification", "balanced_accuracy >= 0.70")
                .answers(answers);
    }

    /** The model's features: every column but the label and the sampling weight. */
    public static List<String> features(Table training) {
        return roles().features(training).stream().filter(c -> !c.equals(SAMPLING_WEIGHT)).toList();
    }

    /** Label {@code income}, sensitive {@code sex} and {@code race}. */
    public static ColumnRoles roles() {
        return ColumnRoles.label(SampleData.ADULT_LABEL).withSensitive(SENSITIVE.toArray(String[]::new));
    }

    /** AISL 0.1, AIPL 1, AIFL 1, each with its reason (English). */
    public static QualityProfile profile() {
        return profile(Language.EN);
    }

    /** AISL 0.1, AIPL 1, AIFL 1, each with its reason in a language. */
    public static QualityProfile profile(Language language) {
        DemoTexts t = DemoTexts.of(language);
        return QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1)
                .withReason(ExternalCharacteristic.RISK_AVOIDANCE, t.get("reason.aisl"))
                .withReason(ExternalCharacteristic.PERFORMANCE, t.get("reason.aipl"))
                .withReason(ExternalCharacteristic.FAIRNESS, t.get("reason.aifl"));
    }

    /** The declared cases: the groups whose errors matter most (English names). */
    public static List<CaseDefinition> cases() {
        return cases(Language.EN);
    }

    /** The declared cases, named in a language. */
    public static List<CaseDefinition> cases(Language language) {
        DemoTexts t = DemoTexts.of(language);
        return List.of(
                CaseDefinition.of(t.get("case.olderWomen"), Condition.equalTo("sex", "Female"),
                        Condition.between("age", 60, Double.POSITIVE_INFINITY)),
                CaseDefinition.of(t.get("case.young"), Condition.between("age", Double.NEGATIVE_INFINITY, 25)),
                CaseDefinition.of(t.get("case.selfEmployed"),
                        Condition.equalTo("workclass", "Self-emp-inc", "Self-emp-not-inc")),
                CaseDefinition.of(t.get("case.blackWomen"), Condition.equalTo("race", "Black"),
                        Condition.equalTo("sex", "Female")));
    }

    /** The process answers a team could give today (English). */
    public static List<ProcessAnswer> answers() {
        return answers(Language.EN);
    }

    /** The process answers a team could give today; B-1.1a, C-1.1a and E-1.2 are left to the checks or open. */
    public static List<ProcessAnswer> answers(Language language) {
        DemoTexts t = DemoTexts.of(language);
        List<ProcessAnswer> answers = new java.util.ArrayList<>();
        for (String item : List.of("A-1.1a", "A-1.1b", "A-2.1a", "B-3.1a", "B-3.1b", "B-3.1d", "C-1.1b", "D-1.1a",
                "D-1.1b")) {
            answers.add(ProcessAnswer.yes(item, t.get("answer." + item)));
        }
        answers.add(ProcessAnswer.no("C-2.1a", t.get("answer.C-2.1a")));
        answers.add(ProcessAnswer.no("E-1.1a", t.get("answer.E-1.1a")));
        answers.sort(java.util.Comparator.comparing(ProcessAnswer::itemId));
        return List.copyOf(answers);
    }
}

package io.github.tenken.checks.sample;

import io.github.tenken.check.Check;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.RandomForestTrainer;
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

    /** The component's name. */
    public static final String COMPONENT = "Income pre-screening (Adult demo)";

    /** The component's description. */
    public static final String DESCRIPTION = "Predicts whether a loan applicant's yearly income exceeds 50K USD from "
            + "census attributes, to pre-sort applications; a loan officer reviews every application. Data: UCI "
            + "Adult (1994 US Census extract).";

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
        progress.accept("loading Adult...");
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        ColumnRoles roles = roles();
        progress.accept("training random forest (" + trees + " trees)...");
        Model model = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, features(training), trees, seed);
        return builder(checks())
                .dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test)
                .model(model)
                .seed(seed)
                .build();
    }

    /** The checks the demo runs: the whole catalogue on the class path. */
    public static List<Check> checks() {
        return CheckCatalog.load();
    }

    /** An assessment builder with everything but the datasets, the model and the seed. */
    public static Assessment.Builder builder(List<Check> checks) {
        return Assessment.builder()
                .component(COMPONENT, DESCRIPTION)
                .profile(profile())
                .roles(roles())
                .cases(cases())
                .checks(checks)
                .criterion("c1.classification", "accuracy >= 0.80")
                .criterion("c1.classification", "balanced_accuracy >= 0.70")
                .answers(answers());
    }

    /** The model's features: every column but the label and the sampling weight. */
    public static List<String> features(Table training) {
        return roles().features(training).stream().filter(c -> !c.equals(SAMPLING_WEIGHT)).toList();
    }

    /** Label {@code income}, sensitive {@code sex} and {@code race}. */
    public static ColumnRoles roles() {
        return ColumnRoles.label(SampleData.ADULT_LABEL).withSensitive(SENSITIVE.toArray(String[]::new));
    }

    /** AISL 0.1, AIPL 1, AIFL 1, each with its reason. */
    public static QualityProfile profile() {
        return QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1)
                .withReason(ExternalCharacteristic.RISK_AVOIDANCE, "A wrong pre-screening delays an application at "
                        + "worst: a loan officer always reviews the output before any decision.")
                .withReason(ExternalCharacteristic.PERFORMANCE, "Accuracy is a best-effort target: the pre-screening "
                        + "saves officers time, and no contract fixes a metric.")
                .withReason(ExternalCharacteristic.FAIRNESS, "Unexplained unfairness by sex or race would hurt "
                        + "acceptance by applicants and the bank's reputation; no law prescribes a fairness metric "
                        + "for a reviewed pre-screening.");
    }

    /** The declared cases: the groups whose errors matter most. */
    public static List<CaseDefinition> cases() {
        return List.of(
                CaseDefinition.of("women over 60", Condition.equalTo("sex", "Female"),
                        Condition.between("age", 60, Double.POSITIVE_INFINITY)),
                CaseDefinition.of("young people", Condition.between("age", Double.NEGATIVE_INFINITY, 25)),
                CaseDefinition.of("self-employed", Condition.equalTo("workclass", "Self-emp-inc", "Self-emp-not-inc")),
                CaseDefinition.of("Black women", Condition.equalTo("race", "Black"), Condition.equalTo("sex", "Female")));
    }

    /** The process answers a team could give today; B-1.1a, C-1.1a and E-1.2 are left to the checks or open. */
    public static List<ProcessAnswer> answers() {
        return List.of(
                ProcessAnswer.yes("A-1.1a", "Risk register of the demo: income gap by sex and race in the 1994 "
                        + "census, age extremes (under 25, over 60), volatile self-employed income, unknown "
                        + "workclass or occupation."),
                ProcessAnswer.yes("A-1.1b", "Each risk cause is a column: sex, race, age, workclass, occupation "
                        + "('?' read as missing); sex and race are declared sensitive, the age and work groups are "
                        + "declared cases."),
                ProcessAnswer.yes("A-2.1a", "Cases declared: women over 60, young people, self-employed, Black "
                        + "women; their data is counted by b1.case-coverage."),
                ProcessAnswer.yes("B-3.1a", "UCI Adult (Census Income), Becker & Kohavi 1996, doi:10.24432/C5XW20, "
                        + "CC BY 4.0; extracted by Barry Becker from the 1994 US Census database; the unmodified UCI "
                        + "files are shipped gzipped in tenken-checks."),
                ProcessAnswer.yes("B-3.1b", "Labels are the census income answers (<=50K, >50K); the test file's "
                        + "trailing '.' is stripped on load; '?' is kept as missing; top-coded values "
                        + "(capital-gain 99999) are kept as recorded."),
                ProcessAnswer.yes("B-3.1d", "Duplicates and training/test leakage are measured by b3.duplicates; "
                        + "recency recorded: the data describes 1994, acceptable for a demo, not for production."),
                ProcessAnswer.yes("C-1.1b", "Acceptance criteria fixed before testing: accuracy >= 0.80 and "
                        + "balanced accuracy >= 0.70 on adult.test."),
                ProcessAnswer.no("C-2.1a", "Bagging with fixed per-tree seeds is used, but the spread of accuracy "
                        + "across seeds or folds has not been measured yet."),
                ProcessAnswer.yes("D-1.1a", "Smile 3.1.1 (random forest) chosen as a mature JVM library; its version "
                        + "and the JVM are recorded in the report's environment section."),
                ProcessAnswer.yes("D-1.1b", "Training and assessment run in the same JVM; the environment is recorded "
                        + "in this report and the run is deterministic for a fixed seed."),
                ProcessAnswer.no("E-1.1a", "No plan for drift yet: there is no operation data and no retraining "
                        + "schedule."));
    }
}

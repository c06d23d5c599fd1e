package io.github.tenken.checks.model;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.correctness.ClassificationPerformanceCheck;
import io.github.tenken.checks.correctness.FixedModel;
import io.github.tenken.checks.fairness.GroupParityCheck;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The favourable class is declared once for the assessment and every check uses it; undeclared, each check names the
 * class it used. Fixture: labels good x6, bad x2 (bad is the minority); sex F rows 0-3, M rows 4-7; predictions
 * good, good, bad, bad | good, good, good, good. Selection rate of "good": F 2/4, M 4/4, ratio 0.5; of "bad": F 2/4,
 * M 0/4, ratio 0.
 */
class AssessmentPositiveClassTest {

    private static Table test() {
        return Table.of("test", List.of(
                CategoricalColumn.of("sex", new CategoryDictionary(), "F", "F", "F", "F", "M", "M", "M", "M"),
                CategoricalColumn.of("y", new CategoryDictionary(), "good", "good", "bad", "good", "good", "good",
                        "bad", "good")));
    }

    private static AssessmentResult run(String positiveClass) {
        Assessment.Builder b = Assessment.builder()
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TEST, test())
                .roles(ColumnRoles.label("y").withSensitive("sex"))
                .model(FixedModel.classifier("bad", "good").on("test", "good", "good", "bad", "bad", "good", "good",
                        "good", "good"))
                .checks(List.of(new GroupParityCheck(), new ClassificationPerformanceCheck()))
                .parameter("fairness.group-parity", "minGroupSize", "2")
                .seed(1);
        if (positiveClass != null) {
            b.positiveClass(positiveClass);
        }
        return b.build().run();
    }

    @Test
    void theDeclaredClassIsUsedByEveryCheck() {
        AssessmentResult r = run("good");
        CheckResult fairness = r.check("fairness.group-parity").orElseThrow();
        assertThat(fairness.measure("disparate_impact_ratio").orElseThrow().value()).isEqualTo(0.5);
        assertThat(en(fairness)).doesNotContain("minority class");
        CheckResult performance = r.check("c1.classification").orElseThrow();
        // precision of "good": 5 of the 6 predicted good are good; recall: 5 of 6 good rows predicted good
        assertThat(performance.measure("precision").orElseThrow().value()).isEqualTo(5.0 / 6);
        assertThat(performance.measure("recall").orElseThrow().value()).isEqualTo(5.0 / 6);
    }

    @Test
    void undeclaredTheMinorityClassIsUsedAndNamed() {
        AssessmentResult r = run(null);
        CheckResult fairness = r.check("fairness.group-parity").orElseThrow();
        assertThat(fairness.measure("disparate_impact_ratio").orElseThrow().value()).isEqualTo(0.0);
        assertThat(en(fairness)).endsWith("The positive class is \"bad\", the minority class, because none was "
                + "declared: declare the favourable class as positiveClass in the plan (or "
                + "Assessment.Builder.positiveClass).");
        // precision of "bad": 1 of the 2 predicted bad is bad; recall: 1 of 2
        CheckResult performance = r.check("c1.classification").orElseThrow();
        assertThat(performance.measure("precision").orElseThrow().value()).isEqualTo(0.5);
        assertThat(en(performance)).contains("The positive class is \"bad\"");
    }

    @Test
    void aDeclaredClassTheModelDoesNotKnowIsAnErrorNamingTheClasses() {
        CheckResult fairness = run("approved").check("fairness.group-parity").orElseThrow();
        assertThat(fairness.status()).isEqualTo(io.github.tenken.check.Status.ERROR);
        assertThat(en(fairness)).contains("the assessment's positiveClass \"approved\" is not a class of the model; "
                + "its classes are [bad, good]");
    }
}

package io.github.tenken.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.report.json.JsonOptions;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.result.AssessmentResult;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same inputs and seed give the same JSON result, byte for byte apart from timestamps and durations: two complete
 * runs on the real Adult data, each loading the files and training its own seeded forest.
 */
class AdultDeterminismTest {

    private static AssessmentResult assess(long seed) {
        Dictionaries d = new Dictionaries();
        Table train = SampleData.adultTraining(d);
        Table test = SampleData.adultTest(d);
        List<String> features = train.columnNames().stream()
                .filter(c -> !c.equals("income") && !c.equals("fnlwgt")).toList();
        return Assessment.builder().component("income classifier", "determinism")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race").withIgnored("fnlwgt"))
                .cases(List.of(CaseDefinition.of("women over 60", Condition.equalTo("sex", "Female"),
                        Condition.between("age", 60, Double.POSITIVE_INFINITY))))
                .model(RandomForestTrainer.train(train, "income", features, 10, seed))
                .checks(CheckCatalog.load()).criterion("c1.classification", "accuracy >= 0.8")
                .seed(seed).build().run();
    }

    @Test
    void twoRunsWithTheSameSeedGiveByteIdenticalJson() {
        String first = JsonReport.toJson(assess(42), JsonOptions.withoutTimings());
        String second = JsonReport.toJson(assess(42), JsonOptions.withoutTimings());
        // the model's hash and the report id included: two forests trained alike serialise to the same bytes
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"modelIdentity\"").contains("\"reportId\"");
        assertThat(first).contains("\"checkId\" : \"c1.classification\"");
        assertThat(first).doesNotContain("\"startedAt\"").doesNotContain("\"duration\"");
        // a different seed changes the forest and the bootstrap intervals
        assertThat(JsonReport.toJson(assess(43), JsonOptions.withoutTimings())).isNotEqualTo(first);
    }
}

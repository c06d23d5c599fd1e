package io.github.tenken.checks;

import io.github.tenken.checks.constraints.Constraints;
import io.github.tenken.checks.constraints.ConstraintsCheck;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.RiskAttribute;
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
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small seeded datasets on which every built-in check has something to say: numeric, categorical and identifier
 * columns, gaps, repeated rows, conflicting labels, a shifted operation dataset, declared cases and sensitive
 * attributes, and a deterministic model (a classifier with probabilities, or a regressor) computed from the row's
 * values, so it predicts perturbed copies too.
 */
public final class CatalogueFixture {

    private final CategoryDictionary sex = CategoryDictionary.of("F", "M");
    private final CategoryDictionary region = CategoryDictionary.of("north", "south", "east");
    private final CategoryDictionary label = CategoryDictionary.of("no", "yes");

    /** A dataset of {@code n} rows drawn with this seed; {@code shift} moves age (operation data drift). */
    public Table dataset(String name, int n, long seed, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] age = new double[n];
        double[] hours = new double[n];
        double[] target = new double[n];
        String[] sexes = new String[n];
        String[] regions = new String[n];
        String[] labels = new String[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            if (i >= 6 && i % 9 == 0) {          // a repeat of an earlier row (its id still differs)
                int j = i - 6;
                age[i] = age[j];
                hours[i] = hours[j];
                sexes[i] = sexes[j];
                regions[i] = regions[j];
                labels[i] = i % 18 == 0 ? (labels[j] == null ? "no" : labels[j].equals("yes") ? "no" : "yes")
                        : labels[j];         // every other repeat carries the other label: a conflict
            } else {
                age[i] = i % 13 == 5 ? Double.NaN : Math.rint(18 + random.nextInt(50) + shift);
                hours[i] = 10 + random.nextInt(50);
                sexes[i] = i % 17 == 3 ? null : random.nextInt(3) == 0 ? "F" : "M";
                regions[i] = List.of("north", "south", "east").get(random.nextInt(3));
                double score = (Double.isNaN(age[i]) ? 40 : age[i]) / 60 + hours[i] / 80 + random.nextDouble() * 0.6;
                labels[i] = i % 23 == 7 ? null : score > 1.25 ? "yes" : "no";
            }
            target[i] = i >= 6 && i % 9 == 0 ? target[i - 6]
                    : 2 * (Double.isNaN(age[i]) ? 40 : age[i]) + hours[i] + random.nextDouble() * 10;
            ids[i] = name + "-" + i;
        }
        return Table.of(name, List.of(
                IdentifierColumn.of("row_id", ids),
                NumericColumn.of("age", age),
                NumericColumn.of("hours", hours),
                CategoricalColumn.of("sex", sex, sexes),
                CategoricalColumn.of("region", region, regions),
                NumericColumn.of("target", target),
                CategoricalColumn.of("label", label, labels)));
    }

    /** Training data: 150 rows. */
    public Table training() {
        return dataset("training", 150, 1, 0);
    }

    /** Test data: 97 rows. */
    public Table test() {
        return dataset("test", 97, 2, 0);
    }

    /** Operation data: 83 rows, ages shifted up by 15 years. */
    public Table operation() {
        return dataset("operation", 83, 3, 15);
    }

    /** The declared cases. */
    public static List<CaseDefinition> cases() {
        return List.of(
                CaseDefinition.of("older", Condition.between("age", 50, Double.POSITIVE_INFINITY)),
                CaseDefinition.of("women in the north", Condition.equalTo("sex", "F"),
                        Condition.equalTo("region", "north")),
                CaseDefinition.of("exactly 30", Condition.equalTo("age", "30")));
    }

    /**
     * Declared rules the data break in places: ages over 60 (the operation data's shift), a region outside a
     * pattern, missing sexes, hours above age, repeated ages; the row ids are unique.
     */
    public static Constraints constraints() {
        return Constraints.builder()
                .range("age", 18, 60)
                .allowed("sex", "F", "M").notNull("sex")
                .regex("region", "north|south")
                .unique("row_id").unique("age")
                .rule("hours <= age - 5", 1.5)
                .build();
    }

    /**
     * A strict assessment of the whole catalogue on the three datasets: a classifier of {@code label} (regressor
     * false) or a regressor of {@code target} (regressor true), with sex and region sensitive.
     */
    public Assessment.Builder assessment(boolean regressor) {
        ColumnRoles roles = regressor
                ? ColumnRoles.label("target").withSensitive("sex", "region").withIgnored("label")
                : ColumnRoles.label("label").withSensitive("sex", "region").withIgnored("target");
        Assessment.Builder b = Assessment.builder()
                .component("catalogue fixture", "every check on small data")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, training())
                .dataset(DatasetRole.TEST, test())
                .dataset(DatasetRole.OPERATION, operation())
                .roles(roles)
                .cases(cases())
                .expect(new ExpectedShares("sex", Map.of("F", 0.5, "M", 0.5)))
                .riskAttributes(RiskAttribute.categorical("sex"), RiskAttribute.categorical("region"),
                        RiskAttribute.binned("age", 40))
                // a2.risk-traceability: both risks are covered through the attributes the cases read
                .risk(io.github.tenken.data.Risk.of("R1", "few older applicants", "age"))
                .risk(io.github.tenken.data.Risk.of("R2", "regional gaps", "region"))
                .model(regressor ? new Rule(ModelKind.REGRESSION) : new Rule(ModelKind.CLASSIFICATION))
                // the gate: the rule is worse than a model that knows the labels, and equal to itself
                .referenceModel(regressor ? new Rule(ModelKind.REGRESSION) : new Oracle())
                // c2.retraining-spread: "retraining" gives the same rule, whatever the rows and seed
                .trainer((rows, columnRoles, seed) -> new Rule(regressor ? ModelKind.REGRESSION : ModelKind.CLASSIFICATION))
                .checks(CheckCatalog.load())
                .check(new ConstraintsCheck(constraints()))
                .parameter("b1.case-coverage", "minRows", "5")
                .parameter("fairness.group-parity", "minGroupSize", "10")
                // timings are measured (their values differ between runs; the criterion holds in any run)
                .parameter("d1.latency", "enabled", "true").parameter("d1.latency", "rows", "20")
                .parameter("d1.latency", "warmupRows", "5").parameter("d1.latency", "batchRows", "50")
                .criterion("d1.latency", "p99_ms <= 1000000")
                .parameter("e1.performance-over-time", "windowRows", "30")
                .seed(7)
                .strict(true);
        // a numeric label conflicts only beyond a tolerance; without one the check would not apply
        return regressor ? b.parameter("b3.label-conflicts", "labelTolerance", "5")
                .parameter("e1.performance-over-time", "timeColumn", "region") : b;
    }

    /** A classifier that reads the label it predicts ("no" where it is missing): the reference the rule loses to. */
    public record Oracle() implements Model {

        @Override
        public ModelKind kind() {
            return ModelKind.CLASSIFICATION;
        }

        @Override
        public List<String> classes() {
            return List.of("no", "yes");
        }

        @Override
        public Predictions predict(Table table) {
            int n = table.rowCount();
            int[] predicted = new int[n];
            double[][] p = new double[n][];
            for (int i = 0; i < n; i++) {
                predicted[i] = "yes".equals(table.categorical("label").text(i)) ? 1 : 0;
                p[i] = predicted[i] == 1 ? new double[] {0.1, 0.9} : new double[] {0.9, 0.1};
            }
            return Predictions.classification(classes(), predicted, p);
        }

        @Override
        public String description() {
            return "label oracle";
        }
    }

    /** A model of age and hours: a logistic classifier of "yes", or a linear regressor. */
    public record Rule(ModelKind kind) implements Model {

        @Override
        public List<String> classes() {
            return kind == ModelKind.CLASSIFICATION ? List.of("no", "yes") : List.of();
        }

        @Override
        public Predictions predict(Table table) {
            int n = table.rowCount();
            double[] values = new double[n];
            int[] predicted = new int[n];
            double[][] p = new double[n][2];
            for (int i = 0; i < n; i++) {
                double age = table.numeric("age").get(i);
                age = Double.isNaN(age) ? 40 : age;
                double hours = table.numeric("hours").get(i);
                values[i] = 2 * age + hours + 5;
                double yes = 1 / (1 + Math.exp(-(age / 60 + hours / 80 + 0.3 - 1.25) * 8));
                p[i][0] = 1 - yes;
                p[i][1] = yes;
                predicted[i] = yes > 0.5 ? 1 : 0;
            }
            return kind == ModelKind.CLASSIFICATION ? Predictions.classification(classes(), predicted, p)
                    : Predictions.regression(values);
        }

        @Override
        public String description() {
            return "age and hours rule (" + kind + ")";
        }
    }
}

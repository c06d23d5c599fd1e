package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.testing.Fixtures;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AssessmentRunnerTest {

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);
    private final CategoryDictionary g = new CategoryDictionary();
    private final CategoryDictionary y = new CategoryDictionary();
    private final Table train = Fixtures.six(g, y);
    private final Table test = Fixtures.six(g, y).named("six-test");
    private static final QualityProfile PROFILE =
            QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1);

    /** Plans the analyzers it is given on training and reports the first one's result as a measure. */
    record StatCheck(String id, List<Analyzer<?, ?>> analyzers) implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder(id, "stat " + id, InternalCharacteristic.B_3).items("B-3.1b")
                    .needs(Input.TRAINING_DATA).criteria("first >= 0").build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            List<Stat<?>> stats = analyzers.stream().<Stat<?>>map(a -> ctx.stat(DatasetRole.TRAINING, a)).toList();
            return run -> {
                Object r = run.get(stats.get(0));
                double v = r instanceof Long l ? l : ((NumericStats) r).mean();
                return Outcome.builder().measure(run.judged("first", v, ""))
                        .explanation(Message.literal("first statistic " + v)).build();
            };
        }
    }

    /** Reads the shared predictions for the test data. */
    record PredictingCheck(String id) implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder(id, "predicting", InternalCharacteristic.C_1).items("C-1.1b")
                    .needs(Input.TEST_DATA, Input.MODEL).build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            ctx.needsRows(DatasetRole.TEST);
            return run -> {
                Predictions p = run.predictions(DatasetRole.TEST);
                return Outcome.builder().measure(Measure.of("n", p.size(), "rows"))
                        .explanation(Message.literal("predicted")).build();
            };
        }
    }

    static final class CountingModel implements Model {
        final AtomicInteger calls = new AtomicInteger();

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
            calls.incrementAndGet();
            return Predictions.classification(classes(), new int[table.rowCount()], null);
        }

        @Override
        public String description() {
            return "always no";
        }
    }

    /** A check whose run is given as a lambda, with no inputs declared beyond training data. */
    private static Check check(String id, java.util.function.Function<PlanContext, CheckRun> plan) {
        return new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder(id, id, InternalCharacteristic.B_3).needs(Input.TRAINING_DATA).build();
            }

            @Override
            public CheckRun plan(PlanContext ctx) {
                return plan.apply(ctx);
            }
        };
    }

    private Assessment.Builder base() {
        return Assessment.builder().component("fixture", "six rows").profile(PROFILE)
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .roles(ColumnRoles.label("y"));
    }

    @Test
    void statisticsOfAllChecksAreComputedInOnePassPerDataset() {
        AssessmentResult r = base().checks(List.of(
                new StatCheck("s1", List.of(new NumericSummary("x"), new MissingCount("g"))),
                new StatCheck("s2", List.of(new MissingCount("g"), new CategoryCounts("y"))),
                new StatCheck("s3", List.of(new MissingCount("x")))))
                .build().run();
        assertThat(r.scans()).extracting(ScanRecord::role, ScanRecord::reason)
                .containsExactly(tuple(DatasetRole.TRAINING, "fused"), tuple(DatasetRole.TEST, "fused"));
        // training: row count + content hash (always) + NumericSummary(x) + MissingCount(g) + CategoryCounts(y)
        // + MissingCount(x): MissingCount(g), asked for twice, is computed once
        assertThat(r.scans().get(0).analyzers()).isEqualTo(6);
        assertThat(r.scans().get(1).analyzers()).isEqualTo(2);
        assertThat(r.scans().get(0).rows()).isEqualTo(6);
        assertThat(r.check("s1").orElseThrow().measures().get(0).value()).isEqualTo(2.4);
        assertThat(r.check("s2").orElseThrow().measures().get(0).value()).isEqualTo(1);
        assertThat(r.check("s3").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void aStatisticNotAskedForCostsAnExtraLoggedPass() {
        Check sneaky = new StatCheck("sneaky", List.of(new NumericSummary("x")));
        Check unplanned = check("unplanned", ctx -> run -> {
            long m = run.statistic(DatasetRole.TRAINING, new MissingCount("x"));
            return Outcome.builder().measure(Measure.of("m", m, "")).explanation(Message.literal("m")).build();
        });
        AssessmentResult r = base().checks(List.of(sneaky, unplanned)).build().run();
        assertThat(r.scans()).extracting(ScanRecord::reason)
                .containsExactly("fused", "fused", "unplanned: MissingCount[column=x]");
        assertThat(r.check("unplanned").orElseThrow().measures().get(0).value()).isEqualTo(1);
    }

    @Test
    void aThrowingCheckBecomesErrorAndTheRunGoesOn() {
        Check broken = new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder("broken", "broken", InternalCharacteristic.B_3).build();
            }

            @Override
            public CheckRun plan(PlanContext ctx) {
                return run -> {
                    throw new IllegalStateException("boom");
                };
            }
        };
        AssessmentResult r = base().checks(List.of(broken, new StatCheck("after", List.of(new MissingCount("x")))))
                .build().run();
        CheckResult b = r.check("broken").orElseThrow();
        assertThat(b.status()).isEqualTo(Status.ERROR);
        assertThat(b.explanation()).isEqualTo(Message.of("engine.error.run", "boom"));
        assertThat(EN.render(b.explanation())).isEqualTo("The check could not run: boom");
        assertThat(b.error()).startsWith("java.lang.IllegalStateException: boom (at ");
        assertThat(r.check("after").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void aCheckThatThrowsWhilePlanningBecomesErrorAndAsksForNothing() {
        Check broken = check("plans-badly", ctx -> {
            ctx.needsRows(DatasetRole.TRAINING);
            throw new IllegalArgumentException("no plan");
        });
        AssessmentResult r = base().checks(List.of(broken, new StatCheck("after", List.of(new MissingCount("x")))))
                .build().run();
        CheckResult b = r.check("plans-badly").orElseThrow();
        assertThat(b.status()).isEqualTo(Status.ERROR);
        assertThat(EN.render(b.explanation())).isEqualTo("The check could not plan its statistics: no plan");
        assertThat(r.check("after").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void anAbsentInputMakesTheCheckNotApplicable() {
        AssessmentResult r = base().checks(List.of(new PredictingCheck("p"))).build().run();
        CheckResult p = r.check("p").orElseThrow();
        assertThat(p.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(EN.render(p.explanation())).isEqualTo(
                "Not applicable: this check needs a model, which the assessment does not give.");
        assertThat(MessageCatalog.of(Language.JA).render(p.explanation())).isEqualTo(
                "対象外: このチェックにはモデルが必要ですが、評価に与えられていません。");
    }

    @Test
    void predictionsAreComputedOncePerDatasetAndShared() {
        CountingModel model = new CountingModel();
        AssessmentResult r = base().model(model)
                .checks(List.of(new PredictingCheck("p1"), new PredictingCheck("p2"), new PredictingCheck("p3")))
                .build().run();
        assertThat(model.calls.get()).isEqualTo(1);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.measures().get(0).value()).isEqualTo(6));
        assertThat(r.model()).isEqualTo("always no");
    }

    @Test
    void aCriterionOnAnUnknownMeasureIsAnErrorNotASilentPass() {
        AssessmentResult r = base().checks(List.of(new StatCheck("s", List.of(new MissingCount("x")))))
                .criterion("s", "accuracy >= 0.8").build().run();
        CheckResult s = r.check("s").orElseThrow();
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.error()).isEqualTo(
                "criterion \"accuracy >= 0.8\" of check s names no measure; its measures are [first]");
    }

    @Test
    void userCriteriaOverrideDefaultsAndParametersAreValidated() {
        AssessmentResult r = base().checks(List.of(new StatCheck("s", List.of(new MissingCount("x")))))
                .criterion("s", "first > 1").build().run();
        assertThat(r.check("s").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(r.check("s").orElseThrow().measures().get(0).sentence()).isEqualTo("first > 1: was 1");

        Check withParam = new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder("p", "p", InternalCharacteristic.B_1)
                        .parameters(ParameterSpec.integer("minRows", 30, 1, 1_000_000, "rows")).build();
            }

            @Override
            public CheckRun plan(PlanContext ctx) {
                int minRows = ctx.parameters().getInt("minRows");
                return run -> Outcome.builder().measure(Measure.of("min", minRows, "rows"))
                        .explanation(Message.literal("x")).build();
            }
        };
        assertThat(base().checks(List.of(withParam)).parameter("p", "minRows", "50").build().run()
                .check("p").orElseThrow().measures().get(0).value()).isEqualTo(50);
        assertThatThrownBy(() -> base().checks(List.of(withParam)).parameter("p", "minRows", "0").build())
                .hasMessage("parameter \"minRows\" of check p: 0 is outside [1.0, 1000000.0]");
        assertThatThrownBy(() -> base().checks(List.of(withParam)).parameter("p", "maxRows", "3").build())
                .hasMessage("check p has no parameter \"maxRows\"; its parameters are [minRows]");
        assertThatThrownBy(() -> base().checks(List.of(withParam)).parameter("q", "minRows", "3").build())
                .hasMessage("parameters given for unknown check q; the checks are [p]");
    }

    @Test
    void anUnknownLabelColumnIsRefusedBeforeRunning() {
        assertThatThrownBy(() -> base().roles(ColumnRoles.label("income")).build())
                .hasMessage("label column \"income\" not found in training data six; columns are [x, g, y]");
    }

    @Test
    void provenanceNamesDatasetsParametersAndSeed() {
        AssessmentResult r = base().seed(7).checks(List.of(new StatCheck("s", List.of(new MissingCount("x")))))
                .build().run();
        CheckResult s = r.check("s").orElseThrow();
        assertThat(s.provenance().datasets()).singleElement()
                .satisfies(f -> {
                    assertThat(f.name()).isEqualTo("six");
                    assertThat(f.rows()).isEqualTo(6);
                    assertThat(f.columns()).containsExactly("x:numeric", "g:categorical", "y:categorical");
                    assertThat(f.contentHash()).hasSize(16);
                });
        assertThat(s.provenance().criteria()).containsExactly("first >= 0");
        assertThat(r.datasets()).hasSize(2);
        // training and test hold equal content: equal hashes
        assertThat(r.datasets().get(0).contentHash()).isEqualTo(r.datasets().get(1).contentHash());
        assertThat(r.seed()).isEqualTo(7);
    }
}

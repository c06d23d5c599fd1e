package io.github.tenken.cli.plan;

import java.util.List;
import java.util.Map;

/**
 * An assessment plan as written in a JSON file: the component, its quality profile, the datasets and column roles,
 * the model, the declared cases, check settings, process answers and the seed. Read by {@link PlanReader}; turned
 * into an {@link io.github.tenken.engine.Assessment} by {@link PlanAssembler}. Fields are {@code null} when absent.
 *
 * <pre>{@code
 * {
 *   "component": {"name": "income pre-screening", "description": "sorts loan applications"},
 *   "profile": {"aisl": "0.1", "aipl": "1", "aifl": "1", "reasons": {"aisl": "a human reviews every output"}},
 *   "datasets": {"training": {"path": "train.csv"}, "test": {"path": "test.csv"}},
 *   "label": "income", "sensitive": ["sex"], "ignored": ["fnlwgt"],
 *   "model": {"type": "predictions", "path": "predictions.csv", "prediction": "predicted"},
 *   "referenceModel": {"type": "smile", "path": "model-in-operation.ser"},
 *   "positiveClass": ">50K",
 *   "trainer": {"type": "smile-random-forest", "trees": 100},
 *   "expected": {"sex": {"Female": 0.5, "Male": 0.5}},
 *   "riskAttributes": [{"column": "sex"}, {"column": "age", "edges": [25, 45, 65]}],
 *   "risks": [{"id": "R1", "cause": "under-represented older women", "attributes": ["sex", "age"]}],
 *   "constraints": [{"column": "age", "min": 17, "max": 90}, {"rule": "hours <= 99"}],
 *   "checks": {"exclude": ["d1.latency"], "criteria": {"c1.classification": ["accuracy >= 0.8"]}},
 *   "judgeOnConfidenceBound": true,
 *   "answers": [{"item": "B-3.1a", "answer": "yes", "evidence": "UCI Adult, CC BY 4.0", "owner": "j.doe",
 *                "date": "2026-11-30", "reference": "DOC-118"}],
 *   "seed": 42
 * }
 * }</pre>
 *
 * @param component the component under assessment
 * @param profile   the required external levels and why
 * @param datasets  the training, test and operation data files
 * @param label     the label column
 * @param sensitive the sensitive attributes
 * @param ignored   columns that are neither features nor label
 * @param model     the model: a serialised Smile model or a file of predictions
 * @param referenceModel the model in operation that the candidate {@code model} is compared with (E-1.2b)
 * @param positiveClass the favourable class of the label, used by every check that needs one
 * @param trainer   how the model is trained, for retraining with other seeds and folds
 * @param cases     the declared cases
 * @param expected  the expected share of each value, per categorical column: {@code {"sex": {"Female": 0.5}}}
 * @param riskAttributes the attributes carrying causes of risk, whose combinations the data must cover
 * @param risks     the risks recorded under A-1 with the attributes they concern, traced to cases (A-2.1a)
 * @param constraints the rules the data must keep, checked by {@code b3.constraints}
 * @param checks    which checks run, their parameters and criteria
 * @param judgeOnConfidenceBound whether a measure with an interval passes only if its unfavourable bound meets the
 *                  criterion too (default false)
 * @param answers   the recorded process answers
 * @param timeZone  the time zone of the times in the HTML report, e.g. {@code Asia/Tokyo} (default UTC; the CLI's
 *                  {@code --zone} overrides it)
 * @param seed      the seed of every random draw (default 42)
 */
public record Plan(ComponentPlan component, ProfilePlan profile, DatasetsPlan datasets, String label,
                   List<String> sensitive, List<String> ignored, ModelPlan model, ModelPlan referenceModel,
                   String positiveClass, TrainerPlan trainer, List<CasePlan> cases,
                   Map<String, Map<String, Double>> expected, List<RiskAttributePlan> riskAttributes,
                   List<RiskPlan> risks, List<ConstraintPlan> constraints, ChecksPlan checks,
                   Boolean judgeOnConfidenceBound, List<AnswerPlan> answers, String timeZone, Long seed) {
}

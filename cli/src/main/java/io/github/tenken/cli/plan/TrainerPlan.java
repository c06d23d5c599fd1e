package io.github.tenken.cli.plan;

import java.util.List;

/**
 * The {@code trainer} of a plan: how the team trains the model, so that {@code c2.retraining-spread} can retrain it
 * with other seeds and without each fold (guideline C-2.1a). Today one type: {@code smile-random-forest}.
 *
 * <pre>{@code
 * "trainer": {"type": "smile-random-forest", "trees": 100, "features": ["age", "education-num", "hours-per-week"]}
 * }</pre>
 *
 * @param type     {@code smile-random-forest}
 * @param trees    the number of trees (default 100)
 * @param features the columns the model is trained on; absent: every feature column
 */
public record TrainerPlan(String type, Integer trees, List<String> features) {
}

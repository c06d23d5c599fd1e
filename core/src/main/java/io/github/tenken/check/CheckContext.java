package io.github.tenken.check;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.Predictions;
import io.github.tenken.stats.Analyzer;

/**
 * What a check may read while it runs: the statistics it asked for while planning, row counts, the datasets it said
 * it reads row by row, and the model's predictions (computed once per model and dataset and shared by every check).
 */
public interface CheckContext extends CheckInputs {

    /** The statistic behind a handle from {@link PlanContext#stat}. */
    <R> R get(Stat<R> stat);

    /** Rows of the dataset in this role. */
    long rows(DatasetRole role);

    /**
     * The dataset in this role as a table; the check must have said so with {@link PlanContext#needsRows}, or, in
     * strict mode, this fails (otherwise the dataset is read once more, which the engine logs).
     */
    Table table(DatasetRole role);

    /** The model's predictions for the dataset in this role (which must have been declared with needsRows). */
    Predictions predictions(DatasetRole role);

    /**
     * The predictions beside the dataset's labels, matched to the model's classes, column by column: what every
     * model metric reads. An error names label values the model never saw.
     */
    LabelledPredictions labelled(DatasetRole role);

    /**
     * A statistic the check did not plan: computed with a scan of its own, which the engine logs as an extra pass;
     * in strict mode (tests) this fails instead.
     */
    <R> R statistic(DatasetRole role, Analyzer<?, R> analyzer);

    /** The measure judged by the criterion in force for its name, if any; informative otherwise. */
    default Measure judge(Measure measure) {
        return measure.judgedBy(criterion(measure.name()).orElse(null));
    }

    /** A measure of this name, value and unit, judged by the criterion in force for it, if any. */
    default Measure judged(String name, double value, String unit) {
        return judge(Measure.of(name, value, unit));
    }
}

package io.github.tenken.check;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;
import io.github.tenken.stats.Analyzer;

import java.util.List;
import java.util.Optional;

/**
 * What a check may read while it runs: the datasets by role, column roles, declared cases, the model and its
 * predictions (computed once per model and dataset), the statistics of the fused scan, its parameters, criteria and
 * seed. Nothing here can be changed.
 */
public interface CheckContext {

    /** The dataset in this role, if given. */
    Optional<Table> dataset(DatasetRole role);

    /** The dataset in this role; an error when absent (the engine has checked declared inputs already). */
    default Table require(DatasetRole role) {
        return dataset(role).orElseThrow(() -> new IllegalStateException("no " + role.key() + " data was given"));
    }

    /** The roles of the columns. */
    ColumnRoles roles();

    /** The declared cases. */
    List<CaseDefinition> cases();

    /** The model, if given. */
    Optional<Model> model();

    /** The model's predictions for the dataset in this role, computed once and shared by every check. */
    Predictions predictions(DatasetRole role);

    /**
     * The result of an analyzer on the dataset in this role, from the fused scan. The check must have asked for it
     * in {@link Check#statistics(CheckContext)}; otherwise it is computed with a scan of its own, which the engine
     * logs as an extra pass.
     */
    <R> R statistic(DatasetRole role, Analyzer<?, R> analyzer);

    /** The resolved parameters. */
    Parameters parameters();

    /** The criterion in force for a measure (the user's, else the check's default), if any. */
    Optional<Criterion> criterion(String measure);

    /** The measure judged by the criterion in force for its name, if any; informative otherwise. */
    default Measure judge(Measure measure) {
        return measure.judgedBy(criterion(measure.name()).orElse(null));
    }

    /** A measure of this name, value and unit, judged by the criterion in force for it, if any. */
    default Measure judged(String name, double value, String unit) {
        return judge(Measure.of(name, value, unit));
    }

    /** The seed for this check: the assessment's seed mixed with the check's id, so checks draw independently. */
    long seed();
}

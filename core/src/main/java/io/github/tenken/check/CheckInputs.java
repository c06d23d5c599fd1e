package io.github.tenken.check;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.model.Model;
import io.github.tenken.model.Trainer;

import java.util.List;
import java.util.Optional;

/**
 * What a check may know in both phases, planning and running: which datasets are given with their schemas, the roles
 * of their columns, the declared cases, the model, the check's parameters, criteria and seed. Nothing here can be
 * changed.
 */
public interface CheckInputs {

    /** Whether a dataset is given in this role. */
    boolean has(DatasetRole role);

    /** The schema of the dataset in this role, if given. */
    Optional<Schema> schema(DatasetRole role);

    /** The schema of the dataset in this role; an error when absent (the engine checked declared inputs already). */
    default Schema requireSchema(DatasetRole role) {
        return schema(role).orElseThrow(() -> new IllegalStateException("no " + role.key() + " data was given"));
    }

    /** The name of the dataset in this role (e.g. its file name), for messages. */
    String datasetName(DatasetRole role);

    /** The roles of the columns. */
    ColumnRoles roles();

    /** The declared cases. */
    List<CaseDefinition> cases();

    /** The declared expected shares of categorical columns' values (guideline B-1.2a). */
    List<ExpectedShares> expectations();

    /** The declared expected share of the rows of each declared case that has one, by case name (B-1.2a). */
    java.util.Map<String, Double> expectedCaseShares();

    /** The risks recorded under A-1 (guideline A-1.1a), which declared cases must cover (A-2.1a). */
    List<io.github.tenken.data.Risk> risks();

    /** The declared risk attributes, whose value combinations the data must cover (guideline A-2.2a). */
    List<RiskAttribute> riskAttributes();

    /** The model, if given. */
    Optional<Model> model();

    /**
     * The reference model a candidate is compared with before it is deployed (guideline E-1.2b), if given: e.g. the
     * model in operation today.
     */
    default Optional<Model> referenceModel() {
        return Optional.empty();
    }

    /**
     * How the model is trained, if declared: checks that retrain it (on folds, with other seeds: guideline C-2.1a)
     * call it; without it they are not applicable.
     */
    default Optional<Trainer> trainer() {
        return Optional.empty();
    }

    /**
     * The favourable (positive) class of a classification label, declared once for the whole assessment and used by
     * every check that needs one (a check's own {@code positiveClass} parameter, where it has one, overrides it).
     */
    default Optional<String> positiveClass() {
        return Optional.empty();
    }

    /** The resolved parameters. */
    Parameters parameters();

    /** The criterion in force for a measure (the user's, else the check's default), if any. */
    Optional<Criterion> criterion(String measure);

    /** The seed for this check: the assessment's seed mixed with the check's id, so checks draw independently. */
    long seed();

    /**
     * Up to how many values a distribution or distinct count is computed exactly; beyond, from a sketch whose error
     * the result states.
     */
    long exactUpTo();
}

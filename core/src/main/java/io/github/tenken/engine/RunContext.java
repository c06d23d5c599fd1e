package io.github.tenken.engine;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Parameters;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;
import io.github.tenken.stats.Analyzer;

import java.util.List;
import java.util.Optional;

/** The {@link CheckContext} the runner hands one check, in the planning phase (no statistics yet) or the run. */
final class RunContext implements CheckContext {

    private final Assessment assessment;
    private final String checkId;
    private final AssessmentRunner runner;
    private final boolean planning;

    RunContext(Assessment assessment, String checkId, AssessmentRunner runner, boolean planning) {
        this.assessment = assessment;
        this.checkId = checkId;
        this.runner = runner;
        this.planning = planning;
    }

    @Override
    public Optional<Table> dataset(DatasetRole role) {
        return assessment.dataset(role);
    }

    @Override
    public ColumnRoles roles() {
        return assessment.roles();
    }

    @Override
    public List<CaseDefinition> cases() {
        return assessment.cases();
    }

    @Override
    public Optional<Model> model() {
        return assessment.model();
    }

    @Override
    public Predictions predictions(DatasetRole role) {
        requireRunning("predictions");
        return runner.predictions(role);
    }

    @Override
    public <R> R statistic(DatasetRole role, Analyzer<?, R> analyzer) {
        requireRunning("statistic");
        return runner.statistic(role, analyzer);
    }

    @Override
    public Parameters parameters() {
        return assessment.parameters(checkId);
    }

    @Override
    public Optional<Criterion> criterion(String measure) {
        return Optional.ofNullable(assessment.criteria(checkId).get(measure));
    }

    @Override
    public long seed() {
        long h = assessment.seed();
        for (char ch : checkId.toCharArray()) {
            h = h * 1_000_003L + ch;
        }
        return h;
    }

    private void requireRunning(String what) {
        if (planning) {
            throw new IllegalStateException("check " + checkId + " asked for a " + what
                    + " while planning; ask for it in run()");
        }
    }
}

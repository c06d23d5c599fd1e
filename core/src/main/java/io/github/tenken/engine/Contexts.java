package io.github.tenken.engine;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckInputs;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Parameters;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.Model;
import io.github.tenken.model.Trainer;
import io.github.tenken.model.Predictions;
import io.github.tenken.stats.Analyzer;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The contexts the runner hands one check: what it may know in both phases, what it may ask while planning. */
final class Contexts {

    private Contexts() {
    }

    /** The inputs of one check, common to both phases. */
    static class Inputs implements CheckInputs {
        final Assessment assessment;
        final String checkId;

        Inputs(Assessment assessment, String checkId) {
            this.assessment = assessment;
            this.checkId = checkId;
        }

        @Override
        public boolean has(DatasetRole role) {
            return assessment.dataset(role).isPresent();
        }

        @Override
        public Optional<Schema> schema(DatasetRole role) {
            return assessment.dataset(role).map(d -> d.schema());
        }

        @Override
        public String datasetName(DatasetRole role) {
            return assessment.dataset(role).map(d -> d.name()).orElse(role.key());
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
        public List<ExpectedShares> expectations() {
            return assessment.expectations();
        }

        @Override
        public java.util.Map<String, Double> expectedCaseShares() {
            return assessment.caseShares();
        }

        @Override
        public List<io.github.tenken.data.Risk> risks() {
            return assessment.risks();
        }

        @Override
        public List<RiskAttribute> riskAttributes() {
            return assessment.riskAttributes();
        }

        @Override
        public Optional<Model> model() {
            return assessment.model();
        }

        @Override
        public Optional<Model> referenceModel() {
            return assessment.referenceModel();
        }

        @Override
        public Optional<Trainer> trainer() {
            return assessment.trainer();
        }

        @Override
        public Optional<String> positiveClass() {
            return assessment.positiveClass();
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

        @Override
        public long exactUpTo() {
            return assessment.exactUpTo();
        }
    }

    /** Collects a check's statistics and the datasets it reads row by row. */
    static final class Planning extends Inputs implements PlanContext {
        final Map<DatasetRole, Set<Analyzer<?, ?>>> statistics;
        final Set<DatasetRole> rowsNeeded = EnumSet.noneOf(DatasetRole.class);
        final Set<Stat<?>> handles = new LinkedHashSet<>();

        Planning(Assessment assessment, String checkId, Map<DatasetRole, Set<Analyzer<?, ?>>> statistics) {
            super(assessment, checkId);
            this.statistics = statistics;
        }

        @Override
        public <R> Stat<R> stat(DatasetRole role, Analyzer<?, R> analyzer) {
            Set<Analyzer<?, ?>> set = statistics.get(role);
            if (set == null) {
                throw new IllegalStateException("asked for a statistic of " + role.key()
                        + " data, which was not given; declare it as an input of the check");
            }
            set.add(analyzer);
            Stat<R> stat = Stat.of(role, analyzer);
            handles.add(stat);
            return stat;
        }

        @Override
        public void needsRows(DatasetRole role) {
            if (!has(role)) {
                throw new IllegalStateException("needs the rows of " + role.key() + " data, which was not given; "
                        + "declare it as an input of the check");
            }
            rowsNeeded.add(role);
        }
    }

    /** What one check reads while it runs. */
    static final class Running extends Inputs implements CheckContext {
        private final AssessmentRunner runner;
        private final Planning plan;

        Running(Assessment assessment, String checkId, AssessmentRunner runner, Planning plan) {
            super(assessment, checkId);
            this.runner = runner;
            this.plan = plan;
        }

        @Override
        public <R> R get(Stat<R> stat) {
            if (!plan.handles.contains(stat)) {
                throw new IllegalStateException("check " + checkId + " read " + stat + ", which it did not plan");
            }
            return runner.scan(stat.role()).get(stat.analyzer());
        }

        @Override
        public long rows(DatasetRole role) {
            return runner.scan(role).rows();
        }

        @Override
        public Table table(DatasetRole role) {
            return runner.table(role, checkId, plan.rowsNeeded.contains(role));
        }

        @Override
        public Predictions predictions(DatasetRole role) {
            return runner.predictions(role, checkId, plan.rowsNeeded.contains(role));
        }

        @Override
        public LabelledPredictions labelled(DatasetRole role) {
            return runner.labelled(role, checkId, plan.rowsNeeded.contains(role));
        }

        @Override
        public <R> R statistic(DatasetRole role, Analyzer<?, R> analyzer) {
            return runner.unplanned(role, analyzer, checkId);
        }
    }
}

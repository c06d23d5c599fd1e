package io.github.tenken.engine;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Parameters;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Risk;
import io.github.tenken.guideline.ItemKind;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.Edition;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.Requirements;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.Trainer;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * An assessment: the component and its quality profile, the datasets and model, the checks with their parameters
 * and criteria, and the recorded process answers. {@link #run()} gives one immutable {@link AssessmentResult}.
 *
 * <pre>{@code
 * AssessmentResult result = Assessment.builder()
 *         .component("income classifier", "pre-screens loan applications")
 *         .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
 *         .dataset(DatasetRole.TRAINING, train)
 *         .dataset(DatasetRole.TEST, test)
 *         .roles(ColumnRoles.label("income").withSensitive("sex", "race"))
 *         .model(model)
 *         .checks(CheckCatalog.load())
 *         .criterion("c1.classification", "accuracy >= 0.8")
 *         .answer(ProcessAnswer.yes("B-3.1a", "docs/datasheet.md"))
 *         .seed(42)
 *         .build()
 *         .run();
 * }</pre>
 */
public final class Assessment {

    private final Component component;
    private final Edition edition;
    private final QualityProfile profile;
    private final Requirements requirements;
    private final Map<DatasetRole, Dataset> datasets;
    private final ColumnRoles roles;
    private final List<CaseDefinition> cases;
    private final List<ExpectedShares> expectations;
    private final Map<String, Double> caseShares;
    private final List<RiskAttribute> riskAttributes;
    private final Model model;
    private final Model referenceModel;
    private final Trainer trainer;
    private final String positiveClass;
    private final List<Check> checks;
    private final List<CheckDescriptor> catalogue;
    private final List<String> excluded;
    private final List<Risk> risks;
    private final boolean judgeOnConfidenceBound;
    private final List<String> unreachableItems;
    private final Map<String, Map<String, Criterion>> agreedCriteria;
    private final Map<String, Parameters> parameters;
    private final Map<String, Map<String, Criterion>> criteria;
    private final Map<String, ProcessAnswer> answers;
    private final long seed;
    private final Executor executor;
    private final int batchRows;
    private final long exactUpTo;
    private final boolean strict;

    private Assessment(Builder b) {
        this.component = new Component(b.name, b.description);
        this.edition = b.edition;
        this.profile = Preconditions.notNull(b.profile, "quality profile");
        this.requirements = profile.requirements(edition);
        this.datasets = java.util.Collections.unmodifiableMap(new EnumMap<>(b.datasets));
        this.roles = b.roles;
        this.cases = List.copyOf(b.cases);
        this.expectations = List.copyOf(b.expectations);
        this.caseShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.caseShares));
        for (String name : caseShares.keySet()) {
            if (cases.stream().noneMatch(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("an expected share is given for the case \"" + name
                        + "\", which is not declared; declared cases are "
                        + cases.stream().map(CaseDefinition::name).toList());
            }
        }
        this.riskAttributes = List.copyOf(b.riskAttributes);
        this.model = b.model;
        this.referenceModel = b.referenceModel;
        this.trainer = b.trainer;
        this.positiveClass = b.positiveClass;
        this.seed = b.seed;
        this.executor = b.executor;
        this.batchRows = b.batchRows;
        this.exactUpTo = b.exactUpTo;
        this.strict = b.strict;
        this.judgeOnConfidenceBound = b.judgeOnConfidenceBound;
        refuseAnswersToMeasuredItems(b.answers.keySet());
        this.answers = new TreeMap<>(b.answers);
        Map<String, CheckDescriptor> byId = new LinkedHashMap<>();
        for (Check c : b.checks) {
            CheckDescriptor d = c.descriptor();
            Preconditions.check(byId.put(d.id(), d) == null, "two checks have the id %s", d.id());
        }
        for (String id : b.excludedIds) {
            Preconditions.check(byId.containsKey(id), "check %s is excluded, but no loaded check has that id; the checks"
                    + " are %s", id, byId.keySet());
        }
        if (b.includedIds != null) {
            for (String id : b.includedIds) {
                Preconditions.check(byId.containsKey(id), "check %s is included, but no loaded check has that id; the "
                        + "checks are %s", id, byId.keySet());
            }
        }
        this.catalogue = List.copyOf(byId.values());
        this.checks = b.checks.stream().filter(c -> runs(c.descriptor().id(), b)).toList();
        this.excluded = catalogue.stream().map(CheckDescriptor::id).filter(id -> !runs(id, b)).toList();
        for (String id : b.parameterOverrides.keySet()) {
            Preconditions.check(byId.containsKey(id), "parameters given for unknown check %s; the checks are %s", id, byId.keySet());
        }
        b.criterionOverrides.forEach((id, given) -> {
            Preconditions.check(byId.containsKey(id), "criterion given for unknown check %s; the checks are %s", id, byId.keySet());
            CheckDescriptor d = byId.get(id);
            for (Criterion c : given) {
                Preconditions.check(!d.declaresMeasures() || d.declares(c.measure()),
                        "criterion \"%s\" names no measure of %s; its measures are %s", c, id, d.measures());
            }
        });
        this.parameters = new HashMap<>();
        this.criteria = new HashMap<>();
        this.agreedCriteria = new HashMap<>();
        for (CheckDescriptor d : byId.values()) {
            parameters.put(d.id(), Parameters.resolve(d, b.parameterOverrides.getOrDefault(d.id(), Map.of())));
            Map<String, Criterion> cs = new LinkedHashMap<>();
            Map<String, Criterion> agreed = new LinkedHashMap<>();
            d.defaultCriteria().forEach(c -> cs.put(c.measure(), c));
            b.criterionOverrides.getOrDefault(d.id(), List.of()).forEach(c -> {
                cs.put(c.measure(), c);
                agreed.put(c.measure(), c);
            });
            criteria.put(d.id(), cs);
            agreedCriteria.put(d.id(), agreed);
        }
        this.risks = List.copyOf(b.risks);
        validateRisks();
        if (roles.label() != null) {
            datasets.forEach((role, t) -> requireColumn(role, t, roles.label(), "label"));
        }
        for (String s : roles.sensitive()) {
            datasets.forEach((role, t) -> requireColumn(role, t, s, "sensitive"));
        }
        for (String s : roles.ignored()) {
            datasets.forEach((role, t) -> requireColumn(role, t, s, "ignored"));
        }
        for (Risk r : risks) {
            for (String a : r.attributes()) {
                datasets.forEach((role, t) -> requireColumn(role, t, a, "attribute of risk " + r.id() + ":"));
            }
        }
        this.unreachableItems = Reachability.unreachable(requirements, checks.stream().map(Check::descriptor)
                .toList());
        if (!unreachableItems.isEmpty()) {
            System.getLogger(Assessment.class.getName()).log(System.Logger.Level.DEBUG, "required items no loaded "
                    + "check can meet and no answer may meet: " + unreachableItems);
        }
    }

    private static boolean runs(String id, Builder b) {
        return !b.excludedIds.contains(id) && (b.includedIds == null || b.includedIds.contains(id));
    }

    /** An M item is met only by checks: an answer to one would be silently ignored, so it is refused. */
    private static void refuseAnswersToMeasuredItems(java.util.Set<String> answered) {
        List<String> measured = answered.stream().filter(id -> LevelItems.get(id).kind() == ItemKind.M).sorted()
                .toList();
        if (!measured.isEmpty()) {
            throw new IllegalArgumentException("answers are recorded to the measured (M) item"
                    + (measured.size() == 1 ? " " : "s ") + String.join(", ", measured) + "; an M item is met only "
                    + "by the checks mapped to it, never by an answer: remove the answer"
                    + (measured.size() == 1 ? "" : "s"));
        }
    }

    private void validateRisks() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Risk r : risks) {
            Preconditions.check(ids.add(r.id()), "risk %s is declared twice", r.id());
        }
        for (CaseDefinition c : cases) {
            for (String id : c.risks()) {
                Preconditions.check(ids.contains(id), "case \"%s\" covers risk %s, which is not declared; declared "
                        + "risks are %s", c.name(), id, risks.stream().map(Risk::id).toList());
            }
        }
    }

    private static void requireColumn(DatasetRole role, Dataset d, String column, String what) {
        Schema schema = d.schema();
        Preconditions.check(schema.has(column), "%s column \"%s\" not found in %s data %s; columns are %s", what,
                column, role.key(), d.name(), schema.names());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs every check and evaluates the levels. */
    public AssessmentResult run() {
        return new AssessmentRunner(this).run();
    }

    Component component() {
        return component;
    }

    Edition edition() {
        return edition;
    }

    QualityProfile profile() {
        return profile;
    }

    Requirements requirements() {
        return requirements;
    }

    Optional<Dataset> dataset(DatasetRole role) {
        return Optional.ofNullable(datasets.get(role));
    }

    ColumnRoles roles() {
        return roles;
    }

    List<CaseDefinition> cases() {
        return cases;
    }

    List<ExpectedShares> expectations() {
        return expectations;
    }

    Map<String, Double> caseShares() {
        return caseShares;
    }

    List<RiskAttribute> riskAttributes() {
        return riskAttributes;
    }

    Optional<Model> model() {
        return Optional.ofNullable(model);
    }

    Optional<Model> referenceModel() {
        return Optional.ofNullable(referenceModel);
    }

    Optional<Trainer> trainer() {
        return Optional.ofNullable(trainer);
    }

    Optional<String> positiveClass() {
        return Optional.ofNullable(positiveClass);
    }

    List<Check> checks() {
        return checks;
    }

    /**
     * The required items (at or below the required level) that no running check can meet and no answer may meet:
     * M items no loaded, included check maps to, or whose measured parts no such check shows. Known before
     * {@link #run()}, so a caller can warn that the required levels cannot be reached.
     */
    public List<String> unreachableItems() {
        return unreachableItems;
    }

    /** Ids of the loaded checks that were excluded and do not run. */
    public List<String> excludedChecks() {
        return excluded;
    }

    List<CheckDescriptor> catalogue() {
        return catalogue;
    }

    List<Risk> risks() {
        return risks;
    }

    boolean judgeOnConfidenceBound() {
        return judgeOnConfidenceBound;
    }

    Map<String, Criterion> agreedCriteria(String checkId) {
        return agreedCriteria.getOrDefault(checkId, Map.of());
    }

    Parameters parameters(String checkId) {
        return parameters.get(checkId);
    }

    Map<String, Criterion> criteria(String checkId) {
        return criteria.get(checkId);
    }

    Map<String, ProcessAnswer> answers() {
        return answers;
    }

    long seed() {
        return seed;
    }

    Executor executor() {
        return executor;
    }

    int batchRows() {
        return batchRows;
    }

    long exactUpTo() {
        return exactUpTo;
    }

    boolean isStrict() {
        return strict;
    }

    /** Collects an assessment's parts. */
    public static final class Builder {
        private String name = "ML component";
        private String description = "";
        private Edition edition = Edition.THIRD;
        private QualityProfile profile;
        private final Map<DatasetRole, Dataset> datasets = new EnumMap<>(DatasetRole.class);
        private ColumnRoles roles = ColumnRoles.none();
        private final List<CaseDefinition> cases = new ArrayList<>();
        private final List<ExpectedShares> expectations = new ArrayList<>();
        private final Map<String, Double> caseShares = new java.util.LinkedHashMap<>();
        private final List<RiskAttribute> riskAttributes = new ArrayList<>();
        private Model model;
        private Model referenceModel;
        private Trainer trainer;
        private String positiveClass;
        private final List<Check> checks = new ArrayList<>();
        private final java.util.Set<String> excludedIds = new java.util.LinkedHashSet<>();
        private java.util.Set<String> includedIds;
        private final List<Risk> risks = new ArrayList<>();
        private boolean judgeOnConfidenceBound;
        private final Map<String, Map<String, String>> parameterOverrides = new LinkedHashMap<>();
        private final Map<String, List<Criterion>> criterionOverrides = new LinkedHashMap<>();
        private final Map<String, ProcessAnswer> answers = new LinkedHashMap<>();
        private long seed = 42;
        private Executor executor;
        private int batchRows = ScanSettings.DEFAULT_BATCH_ROWS;
        private long exactUpTo = Quantiles.DEFAULT_EXACT_UP_TO;
        private boolean strict;

        private Builder() {
        }

        /** The component's name and description. */
        public Builder component(String name, String description) {
            this.name = name;
            this.description = description;
            return this;
        }

        /** The guideline edition (default: third). */
        public Builder edition(Edition e) {
            this.edition = Preconditions.notNull(e, "edition");
            return this;
        }

        /** The quality profile. */
        public Builder profile(QualityProfile p) {
            this.profile = p;
            return this;
        }

        /** A dataset in a role: an in-memory {@code Table}, or a source read while it is scanned (a CSV file). */
        public Builder dataset(DatasetRole role, Dataset dataset) {
            datasets.put(role, Preconditions.notNull(dataset, role.key() + " data"));
            return this;
        }

        /** The roles of the columns. */
        public Builder roles(ColumnRoles r) {
            this.roles = Preconditions.notNull(r, "roles");
            return this;
        }

        /** Declared cases. */
        public Builder cases(List<CaseDefinition> c) {
            cases.addAll(c);
            return this;
        }

        /** Expected shares of the values of categorical columns (guideline B-1.2a), one per column. */
        public Builder expect(ExpectedShares... e) {
            for (ExpectedShares x : e) {
                Preconditions.notNull(x, "expected shares");
                if (expectations.stream().anyMatch(y -> y.column().equals(x.column()))) {
                    throw new IllegalArgumentException("expected shares of \"" + x.column() + "\" given twice");
                }
                expectations.add(x);
            }
            return this;
        }

        /**
         * The share of the rows a declared case is expected to take (guideline B-1.2a: the expected occurrence
         * probability per case), e.g. {@code expectCase("women over 60", 0.08)}.
         */
        public Builder expectCase(String caseName, double share) {
            Preconditions.notBlank(caseName, "case name");
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("expected share of the case \"" + caseName + "\" is " + share
                        + "; expected a share from 0 to 1");
            }
            caseShares.put(caseName, share);
            return this;
        }

        /** The attributes that carry causes of risk (A-1.1b), whose combinations the data must cover (A-2.2a). */
        public Builder riskAttributes(RiskAttribute... attributes) {
            for (RiskAttribute a : attributes) {
                Preconditions.notNull(a, "risk attribute");
                if (riskAttributes.stream().anyMatch(b -> b.column().equals(a.column()))) {
                    throw new IllegalArgumentException("risk attribute \"" + a.column() + "\" given twice");
                }
                riskAttributes.add(a);
            }
            return this;
        }

        /** The model. */
        public Builder model(Model m) {
            this.model = m;
            return this;
        }

        /**
         * The reference model a candidate (the {@link #model}) is compared with before deployment (guideline E-1.2b),
         * e.g. the model in operation today.
         */
        public Builder referenceModel(Model m) {
            this.referenceModel = m;
            return this;
        }

        /**
         * How the model is trained, so that checks can retrain it on folds of the training data and with other seeds
         * (guideline C-2.1a, {@code c2.retraining-spread}); a lambda {@code (training, roles, seed) -> model} will do.
         */
        public Builder trainer(Trainer t) {
            this.trainer = t;
            return this;
        }

        /**
         * The favourable (positive) class of the label, used by every check that needs one: performance for that
         * class, selection rates in fairness, representation. Without it such checks say which class they used.
         */
        public Builder positiveClass(String className) {
            Preconditions.check(className != null && !className.isBlank(), "positiveClass must name a class");
            this.positiveClass = className.trim();
            return this;
        }

        /** Checks to run, in order. */
        public Builder checks(List<? extends Check> c) {
            checks.addAll(c);
            return this;
        }

        /**
         * One configured check: it takes the place of a check with the same id added before (such as the
         * catalogue's unconfigured instance, {@code .checks(CheckCatalog.load()).check(new ConstraintsCheck(rules))}),
         * or is added after the others.
         */
        public Builder check(Check c) {
            Preconditions.notNull(c, "check");
            String id = c.descriptor().id();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).descriptor().id().equals(id)) {
                    checks.set(i, c);
                    return this;
                }
            }
            checks.add(c);
            return this;
        }

        /**
         * Excludes loaded checks by id: they do not run, and an item only they support says it was excluded (not
         * that no check exists). {@code build()} names an id no loaded check has.
         */
        public Builder exclude(String... checkIds) {
            for (String id : checkIds) {
                excludedIds.add(Preconditions.notBlank(id, "excluded check id").trim());
            }
            return this;
        }

        /**
         * Runs only the loaded checks of these ids (the others count as excluded); calls add up. {@code build()}
         * names an id no loaded check has.
         */
        public Builder include(java.util.Collection<String> checkIds) {
            if (includedIds == null) {
                includedIds = new java.util.LinkedHashSet<>();
            }
            checkIds.forEach(id -> includedIds.add(Preconditions.notBlank(id, "included check id").trim()));
            return this;
        }

        /**
         * A risk recorded under A-1 (guideline A-1.1a) with the attributes it concerns; {@code a2.risk-traceability}
         * traces it to the declared cases (A-2.1a).
         */
        public Builder risk(Risk r) {
            risks.add(Preconditions.notNull(r, "risk"));
            return this;
        }

        /** Several risks. */
        public Builder risks(List<Risk> rs) {
            rs.forEach(this::risk);
            return this;
        }

        /**
         * The strict gate (default off): a measure with a confidence interval passes only if the interval's
         * unfavourable bound meets its criterion too, e.g. {@code accuracy >= 0.8} fails for 0.81 (95% CI
         * 0.79-0.83).
         */
        public Builder judgeOnConfidenceBound(boolean on) {
            this.judgeOnConfidenceBound = on;
            return this;
        }

        /** Overrides one parameter of one check. */
        public Builder parameter(String checkId, String name, String value) {
            parameterOverrides.computeIfAbsent(checkId, k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Sets a criterion of one check, e.g. {@code criterion("c1.classification", "accuracy >= 0.8")}. */
        public Builder criterion(String checkId, String criterion) {
            criterionOverrides.computeIfAbsent(checkId, k -> new ArrayList<>()).add(Criterion.parse(criterion));
            return this;
        }

        /**
         * Records a process answer (a later answer to the same item replaces an earlier one). {@code build()}
         * refuses answers to M items, which only checks can meet.
         */
        public Builder answer(ProcessAnswer a) {
            answers.put(a.itemId(), a);
            return this;
        }

        /** Records several process answers. */
        public Builder answers(List<ProcessAnswer> a) {
            a.forEach(this::answer);
            return this;
        }

        /** The seed every random draw derives from (default 42). */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * The executor the scans run on (default: a pool of one thread per processor, made and shut down by each
         * run). Results do not depend on it.
         */
        public Builder executor(Executor e) {
            this.executor = Preconditions.notNull(e, "executor");
            return this;
        }

        /** Rows per scan batch (default 65,536). It fixes the merge tree, so results are reproducible for a value. */
        public Builder batchRows(int rows) {
            Preconditions.check(rows > 0, "batch rows must be positive, was %d", rows);
            this.batchRows = rows;
            return this;
        }

        /**
         * Up to how many values distributions and distinct counts are exact (default 100,000); beyond, sketches
         * whose error bound every result states.
         */
        public Builder exactUpTo(long values) {
            Preconditions.check(values >= 0, "exactUpTo must not be negative, was %d", values);
            this.exactUpTo = values;
            return this;
        }

        /**
         * Strict mode, for tests of checks: a check that reads a statistic or the rows of a dataset it did not ask
         * for while planning fails instead of costing an extra pass.
         */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        /** The assessment; validates everything that can be validated before running. */
        public Assessment build() {
            return new Assessment(this);
        }
    }
}

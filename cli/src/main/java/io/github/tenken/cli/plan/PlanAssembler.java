package io.github.tenken.cli.plan;

import io.github.tenken.check.Check;
import io.github.tenken.checks.constraints.Constraints;
import io.github.tenken.checks.constraints.ConstraintsCheck;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Dataset;
import io.github.tenken.engine.Assessment;
import io.github.tenken.message.Message;
import io.github.tenken.model.Trainer;
import io.github.tenken.smile.SmileTrainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a {@link Plan} into an {@link Assessment}: reads its data files (paths relative to the plan's folder), loads
 * its model, and validates every field, naming the field in a {@link PlanException} when one is wrong. Bad data
 * surfaces as the reader's {@link io.github.tenken.checks.io.DataFileException}.
 *
 * <pre>{@code
 * Path file = Path.of("plan.json");
 * Assessment assessment = PlanAssembler.assemble(file, "plan.json", PlanReader.read(file, "plan.json"),
 *         CheckCatalog.load(), System.err::println);
 * }</pre>
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /**
     * The assessment a plan describes.
     *
     * @param planFile  the plan file; relative paths in the plan resolve against its folder
     * @param name      the plan as messages name it
     * @param plan      the plan
     * @param catalogue the checks to choose from
     * @param progress  receives a message ({@code cli.progress.*}) before each long step
     */
    public static Assessment assemble(Path planFile, String name, Plan plan, List<Check> catalogue,
                                      Consumer<Message> progress) {
        Path folder = planFile.toAbsolutePath().getParent();
        PlanContext ctx = new PlanContext(name, folder);
        Assessment.Builder builder = Assessment.builder();
        ComponentPlan component = ctx.required(plan.component(), "component");
        builder.component(ctx.required(component.name(), "component.name"), component.description());
        builder.profile(ProfileParser.parse(plan.profile(), ctx));

        DatasetsPlan datasets = ctx.required(plan.datasets(), "datasets");
        String label = plan.label() == null ? null : ctx.required(plan.label(), "label");
        Dictionaries dictionaries = new Dictionaries();
        Set<String> keepValues = valueColumns(plan);
        Map<DatasetRole, Dataset> tables = new EnumMap<>(DatasetRole.class);
        progress.accept(Message.of("cli.progress.opening.TRAINING"));
        tables.put(DatasetRole.TRAINING, DatasetLoader.load(datasets.training(), "datasets.training", label,
                keepValues, dictionaries, ctx));
        if (datasets.test() != null) {
            progress.accept(Message.of("cli.progress.opening.TEST"));
            tables.put(DatasetRole.TEST, DatasetLoader.load(datasets.test(), "datasets.test", label, keepValues,
                    dictionaries, ctx));
        }
        if (datasets.operation() != null) {
            progress.accept(Message.of("cli.progress.opening.OPERATION"));
            tables.put(DatasetRole.OPERATION, DatasetLoader.load(datasets.operation(), "datasets.operation", label,
                    keepValues, dictionaries, ctx));
        }
        // ignored columns need only exist in the training data (a predictions file may leave them out)
        List<String> ignored = new ArrayList<>(columns(plan.ignored(), "ignored",
                Map.of(DatasetRole.TRAINING, tables.get(DatasetRole.TRAINING)), ctx));
        if (plan.model() != null) {
            progress.accept(Message.of("cli.progress.loadingModel"));
            boolean separateTest = tables.containsKey(DatasetRole.TEST);
            LoadedModel loaded = ModelLoader.load(plan.model(), separateTest ? null : label,
                    labelType(tables.get(DatasetRole.TRAINING), label), dictionaries, ctx, "model");
            builder.model(loaded.model());
            if (loaded.test() != null && !separateTest) {
                tables.put(DatasetRole.TEST, loaded.test());
                loaded.modelColumns().stream().filter(c -> !ignored.contains(c)).forEach(ignored::add);
            }
        }
        if (plan.referenceModel() != null) {
            builder.referenceModel(ModelLoader.load(plan.referenceModel(), null,
                    labelType(tables.get(DatasetRole.TRAINING), label), dictionaries, ctx, "referenceModel").model());
        }
        if (plan.trainer() != null) {
            builder.trainer(trainer(plan.trainer(), tables.get(DatasetRole.TRAINING), ctx));
        }
        if (plan.positiveClass() != null) {
            if (plan.positiveClass().isBlank()) {
                throw ctx.error("positiveClass", "is empty; expected the favourable class of the label");
            }
            builder.positiveClass(plan.positiveClass());
        }
        List<String> sensitive = columns(plan.sensitive(), "sensitive", tables, ctx);
        ColumnRoles roles = new ColumnRoles(label, sensitive, ignored);
        builder.roles(roles);
        tables.forEach(builder::dataset);
        builder.cases(CasesParser.parse(plan.cases(), tables.get(DatasetRole.TRAINING), ctx));
        if (plan.cases() != null) {
            for (int i = 0; i < plan.cases().size(); i++) {
                CasePlan c = plan.cases().get(i);
                if (c != null && c.expectedShare() != null) {
                    double share = c.expectedShare();
                    if (!(share >= 0 && share <= 1)) {
                        throw ctx.error(FieldPath.field(FieldPath.index("cases", i), "expectedShare"), share
                                + " is not a share; expected a number from 0 to 1");
                    }
                    builder.expectCase(c.name(), share);
                }
            }
        }
        builder.expect(ExpectedSharesParser.parse(plan.expected(), tables.get(DatasetRole.TRAINING), ctx)
                .toArray(io.github.tenken.data.ExpectedShares[]::new));
        builder.riskAttributes(RiskAttributesParser.parse(plan.riskAttributes(), tables.get(DatasetRole.TRAINING),
                ctx).toArray(io.github.tenken.data.RiskAttribute[]::new));
        List<io.github.tenken.data.Risk> risks = RisksParser.parse(plan.risks(), tables.get(DatasetRole.TRAINING), ctx);
        requireDeclaredRisks(plan.cases(), risks, ctx);
        builder.risks(risks);
        Constraints constraints = ConstraintsParser.parse(plan.constraints(), tables, ctx);
        withConstraints(ChecksSelector.apply(plan.checks(), catalogue, builder, ctx), catalogue, constraints, ctx)
                .ifPresent(builder::check);
        builder.judgeOnConfidenceBound(Boolean.TRUE.equals(plan.judgeOnConfidenceBound()));
        builder.answers(AnswersParser.parse(plan.answers(), ctx));
        builder.seed(plan.seed() == null ? 42 : plan.seed());
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error("", e.getMessage());
        }
    }

    /** Every risk a case names is declared; the error names {@code cases[i].risks[j]}. */
    private static void requireDeclaredRisks(List<CasePlan> cases, List<io.github.tenken.data.Risk> risks,
                                             PlanContext ctx) {
        if (cases == null) {
            return;
        }
        List<String> ids = risks.stream().map(io.github.tenken.data.Risk::id).toList();
        for (int i = 0; i < cases.size(); i++) {
            List<String> named = cases.get(i) == null || cases.get(i).risks() == null ? List.of() : cases.get(i).risks();
            for (int j = 0; j < named.size(); j++) {
                if (!ids.contains(named.get(j))) {
                    throw ctx.error(FieldPath.index(FieldPath.index("cases", i) + ".risks", j), "\"" + named.get(j)
                            + "\" is not a declared risk; the risks are " + ids);
                }
            }
        }
    }

    /**
     * The configured {@code b3.constraints} that takes the catalogue's place when the plan declares rules; empty
     * when it declares none.
     */
    private static java.util.Optional<Check> withConstraints(List<Check> selected, List<Check> catalogue,
                                                             Constraints constraints, PlanContext ctx) {
        if (constraints.isEmpty()) {
            return java.util.Optional.empty();
        }
        String id = new ConstraintsCheck().descriptor().id();
        if (selected.stream().anyMatch(c -> c.descriptor().id().equals(id))) {
            return java.util.Optional.of(new ConstraintsCheck(constraints));
        }
        boolean known = catalogue.stream().anyMatch(c -> c.descriptor().id().equals(id));
        throw ctx.error("constraints", known ? "the rules are checked by " + id + ", which is not among the "
                + "included checks " + selected.stream().map(c -> c.descriptor().id()).toList()
                + "; add it to checks.include" : "the check catalogue has no " + id + " to check the rules");
    }

    /** The columns the plan reads by value (sensitive attributes, case attributes, columns
     * with expected shares, categorical risk attributes): never hashed as identifiers. */
    private static Set<String> valueColumns(Plan plan) {
        Set<String> columns = new java.util.TreeSet<>();
        if (plan.sensitive() != null) {
            plan.sensitive().stream().filter(java.util.Objects::nonNull).forEach(columns::add);
        }
        if (plan.cases() != null) {
            for (CasePlan c : plan.cases()) {
                if (c != null && c.conditions() != null) {
                    c.conditions().stream().filter(java.util.Objects::nonNull).map(ConditionPlan::column)
                            .filter(java.util.Objects::nonNull).forEach(columns::add);
                }
            }
        }
        if (plan.riskAttributes() != null) {
            plan.riskAttributes().stream().filter(java.util.Objects::nonNull)
                    .filter(a -> a.edges() == null || a.edges().isEmpty()).map(RiskAttributePlan::column)
                    .filter(java.util.Objects::nonNull).forEach(columns::add);
        }
        if (plan.expected() != null) {
            plan.expected().keySet().stream().filter(java.util.Objects::nonNull).forEach(columns::add);
        }
        if (plan.constraints() != null) {
            // a pattern or an allowed set reads a column's text, which an identifier column does not keep
            plan.constraints().stream().filter(c -> c != null && c.column() != null
                    && (c.regex() != null || c.allowed() != null)).map(ConstraintPlan::column).forEach(columns::add);
        }
        return columns;
    }

    /** The named columns, each checked to exist in every dataset read so far. */
    private static List<String> columns(List<String> names, String path, Map<DatasetRole, Dataset> tables,
                                        PlanContext ctx) {
        if (names == null) {
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            String at = FieldPath.index(path, i);
            String column = ctx.required(names.get(i), at);
            for (Map.Entry<DatasetRole, Dataset> e : tables.entrySet()) {
                Dataset t = e.getValue();
                if (!t.schema().has(column)) {
                    throw ctx.error(at, "column \"" + column + "\" not found in the " + e.getKey().key() + " data "
                            + t.name() + "; columns are " + t.schema().names());
                }
            }
        }
        return List.copyOf(names);
    }

    private static ColumnType labelType(Dataset training, String label) {
        return training != null && label != null && training.schema().has(label) ? training.schema().type(label) : null;
    }

    private static Trainer trainer(TrainerPlan plan, Dataset training, PlanContext ctx) {
        String type = ctx.required(plan.type(), "trainer.type").trim();
        if (!type.equals("smile-random-forest")) {
            throw ctx.error("trainer.type", "\"" + type + "\" is not a trainer type; expected smile-random-forest");
        }
        int trees = plan.trees() == null ? 100 : plan.trees();
        if (trees < 1 || trees > 10_000) {
            throw ctx.error("trainer.trees", trees + " is not a number of trees; expected 1 to 10000");
        }
        SmileTrainer trainer = SmileTrainer.randomForest(trees);
        if (plan.features() == null) {
            return trainer;
        }
        for (int i = 0; i < plan.features().size(); i++) {
            String column = plan.features().get(i);
            if (column == null || training == null || !training.schema().has(column)) {
                throw ctx.error(FieldPath.index("trainer.features", i), "no column \"" + column
                        + "\" in the training data" + (training == null ? "" : "; its columns are "
                        + training.schema().names()));
            }
        }
        return trainer.withFeatures(plan.features());
    }
}

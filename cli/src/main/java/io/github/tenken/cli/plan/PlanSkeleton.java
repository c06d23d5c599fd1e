package io.github.tenken.cli.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.Edition;
import io.github.tenken.guideline.InternalLevel;
import io.github.tenken.guideline.LevelItem;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.RequiredLevel;
import io.github.tenken.guideline.Requirements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plan {@code tenken init} writes from data files: a placeholder component, the profile, the datasets with their
 * paths relative to the plan and every column's type as the CSV reader infers it (so the plan pins what the reader
 * saw), the label, an empty {@code sensitive} list with the columns whose names suggest one, and one empty answer per
 * process item (P and P/M) of the levels the profile requires.
 *
 * <p>JSON has no comments: fields whose names start with {@code _} are comments ({@link PlanReader} ignores them).
 * An answer left {@code ""} counts as not given, so the skeleton runs as it is.
 */
public final class PlanSkeleton {

    /** Column names (lower case, without {@code -}, {@code _} and spaces) that usually denote a sensitive attribute. */
    private static final Set<String> SENSITIVE_NAMES = Set.of("sex", "gender", "race", "ethnicity", "ethnic", "age",
            "religion", "nationality", "nativecountry", "countryofbirth", "maritalstatus", "disability",
            "sexualorientation", "pregnancy");

    private PlanSkeleton() {
    }

    /**
     * What {@code init} was given.
     *
     * @param plan     where the plan will be written (its folder anchors the data paths)
     * @param training the training data file
     * @param test     the test data file, or {@code null}
     * @param label    the label column
     * @param aisl     the AI safety level, e.g. {@code 0.1}
     * @param aipl     the AI performance level
     * @param aifl     the AI fairness level
     */
    public record Request(Path plan, Path training, Path test, String label, String aisl, String aipl, String aifl) {
    }

    /** The skeleton as a JSON tree, in the plan's field order. */
    public static ObjectNode of(Request r) {
        PlanContext ctx = new PlanContext("tenken init", Path.of("."));
        QualityProfile profile;
        try {
            profile = ProfileParser.parse(new ProfilePlan(r.aisl(), r.aipl(), r.aifl(), null, null), ctx);
        } catch (PlanException e) {   // "tenken init: profile.aisl: ..." names the option instead: "--aisl: ..."
            throw new IllegalArgumentException(e.getMessage().replace(ctx.name() + ": profile.", "--"), e);
        }
        Schema schema = schema(r.training(), r.label());
        Schema testSchema = r.test() == null ? null : schema(r.test(), r.label());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode plan = f.objectNode();
        plan.put("_help", "Written by tenken init. Fields starting with _ are comments. Name the component, check "
                + "the profile and the column types, choose the sensitive columns, then answer each process item "
                + "(yes with evidence, no, or n/a with a reason); an answer left \"\" counts as not given. Run: "
                + "tenken assess --plan " + r.plan().getFileName());
        ObjectNode component = plan.putObject("component");
        component.put("name", "model of " + r.label());
        component.put("description", "");
        ObjectNode p = plan.putObject("profile");
        p.put("aisl", r.aisl()).put("aipl", r.aipl()).put("aifl", r.aifl());
        p.put("_help", "AISL 0-2 (harm a wrong output can do), AIPL 0-2 (performance owed by contract), AIFL 0-2 "
                + "(fairness owed); add \"reasons\": {\"aisl\": \"...\"} to say why");
        ObjectNode datasets = plan.putObject("datasets");
        dataset(datasets.putObject("training"), r.plan(), r.training(), schema, schema);
        if (r.test() != null) {
            dataset(datasets.putObject("test"), r.plan(), r.test(), testSchema, schema);
        }
        plan.put("label", r.label());
        plan.putArray("sensitive");
        List<String> guessed = schema.names().stream().filter(n -> !n.equals(r.label()))
                .filter(n -> SENSITIVE_NAMES.contains(n.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", ""))).toList();
        plan.put("_sensitive", guessed.isEmpty()
                ? "no column name suggests a sensitive attribute; list any in sensitive"
                : "columns whose names suggest a sensitive attribute: " + String.join(", ", guessed)
                + "; list those that are in sensitive");
        ArrayNode answers = plan.putArray("answers");
        for (LevelItem item : processItems(profile)) {
            ObjectNode a = answers.addObject();
            a.put("item", item.id()).put("answer", "").put("evidence", "");
            a.put("_text", (item.kind().acceptsChecks() ? "(P/M: passing checks can meet it too) " : "")
                    + item.textEn());
        }
        plan.put("seed", 42);
        return plan;
    }

    /**
     * The P and P/M items of every level the profile requires, in the guideline's order: what the team answers. M
     * items are left out: only checks meet them.
     */
    public static List<LevelItem> processItems(QualityProfile profile) {
        Requirements requirements = profile.requirements(Edition.THIRD);
        List<LevelItem> out = new ArrayList<>();
        for (LevelItem item : LevelItems.all()) {
            RequiredLevel required = requirements.of(item.characteristic());
            InternalLevel level = required.on(item.level().scale());
            if (item.kind().acceptsAnswer() && !item.level().isNone() && !level.isNone()
                    && item.level().rank() <= level.rank()) {
                out.add(item);
            }
        }
        return out;
    }

    /** A dataset: its path relative to the plan, and its columns' types (the training data's where both have one). */
    private static void dataset(ObjectNode node, Path plan, Path file, Schema schema, Schema training) {
        Path folder = plan.toAbsolutePath().normalize().getParent();
        Path data = file.toAbsolutePath().normalize();
        node.put("path", (folder == null ? data : folder.relativize(data)).toString().replace('\\', '/'));
        ObjectNode types = node.putObject("types");
        schema.fields().forEach(field -> types.put(field.name(),
                (training.has(field.name()) ? training.type(field.name()) : field.type()).key()));
    }

    /** The file's schema as the CSV reader infers it from the header and the first rows. */
    private static Schema schema(Path file, String label) {
        Schema schema = CsvDataset.of(file, CsvOptions.defaults(), new Dictionaries()).schema();
        if (!schema.has(label)) {
            throw new IllegalArgumentException("label column \"" + label + "\" not found in " + file + "; columns are "
                    + schema.names());
        }
        return schema;
    }
}

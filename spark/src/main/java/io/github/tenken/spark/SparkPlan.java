package io.github.tenken.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.data.ColumnType;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.PrivacyLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of a plan file (the CLI's {@code assess --plan} format) that the data checks need: component, profile,
 * the data files and how to read them, label, sensitive and ignored columns, seed. Fields for models, cases,
 * constraints and answers are listed by {@link #unused()} so the entry point can say they were not run.
 *
 * @param folder      the plan's folder, which relative paths resolve against
 * @param name        the component's name
 * @param description what it does
 * @param profile     the required levels
 * @param datasets    the data files by role key ({@code training}, {@code test}, {@code operation})
 * @param label       the label column, or {@code null}
 * @param sensitive   the sensitive columns
 * @param ignored     columns that are neither features nor label
 * @param seed        the seed
 * @param include     {@code checks.include}: the ids of the checks to run, or {@code null} for all
 * @param exclude     {@code checks.exclude}: the ids of checks not to run
 * @param criteria    {@code checks.criteria}: per check id, criteria such as {@code "missing_share <= 0.05"}
 * @param unused      plan fields this entry point does not run
 */
record SparkPlan(Path folder, String name, String description, QualityProfile profile, Map<String, DataFile> datasets,
                 String label, List<String> sensitive, List<String> ignored, long seed, List<String> include,
                 List<String> exclude, Map<String, List<String>> criteria, List<String> unused) {

    /** Fields a plan may hold that are outside the data checks. */
    private static final List<String> NOT_RUN = List.of("model", "referenceModel", "trainer", "cases", "expected",
            "riskAttributes", "constraints", "answers", "positiveClass");

    /**
     * One data file of the plan.
     *
     * @param path    the path or URI as Spark reads it
     * @param options how the local reader would read it
     */
    record DataFile(String path, CsvOptions options) {
    }

    static SparkPlan read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan " + file + ": " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        JsonNode component = required(root, "component");
        JsonNode profile = required(root, "profile");
        QualityProfile q = QualityProfile.of(SafetyLevel.parse(text(profile, "aisl")),
                PerformanceLevel.parse(text(profile, "aipl")), FairnessLevel.parse(text(profile, "aifl")));
        if (profile.hasNonNull("aiprl")) {
            q = q.withPrivacy(PrivacyLevel.parse(text(profile, "aiprl")));
        }
        String label = root.hasNonNull("label") ? root.get("label").asText() : null;
        Map<String, DataFile> datasets = new java.util.LinkedHashMap<>();
        JsonNode data = required(root, "datasets");
        for (String role : List.of("training", "test", "operation")) {
            if (data.hasNonNull(role)) {
                datasets.put(role, dataFile(data.get(role), folder, label));
            }
        }
        List<String> unused = new ArrayList<>();
        for (String f : NOT_RUN) {
            if (root.hasNonNull(f)) {
                unused.add(f);
            }
        }
        JsonNode checks = root.path("checks");
        if (checks.hasNonNull("parameters")) {
            unused.add("checks.parameters");
        }
        Map<String, List<String>> criteria = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = checks.path("criteria").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            criteria.put(e.getKey(), strings(e.getValue()));
        }
        return new SparkPlan(folder, text(component, "name"), component.path("description").asText(""), q, datasets,
                label, strings(root.get("sensitive")), strings(root.get("ignored")),
                root.hasNonNull("seed") ? root.get("seed").asLong() : 42,
                checks.hasNonNull("include") ? strings(checks.get("include")) : null, strings(checks.get("exclude")),
                criteria, unused);
    }

    private static DataFile dataFile(JsonNode node, Path folder, String label) {
        String path = text(node, "path");
        boolean uri = path.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !path.matches("^[a-zA-Z]:\\\\.*");
        String resolved = uri ? path : folder.resolve(path).normalize().toString();
        CsvOptions.Builder b = CsvOptions.builder();
        if (node.hasNonNull("delimiter")) {
            String d = node.get("delimiter").asText();
            b.delimiter(d.equals("\\t") ? '\t' : d.charAt(0));
        }
        if (node.has("header") && !node.get("header").asBoolean()) {
            b.columnNames(strings(node.get("columns")));
        }
        List<String> missing = strings(node.get("missing"));
        if (node.path("replaceDefaultMissing").asBoolean(false)) {
            b.missingMarkers(missing.toArray(String[]::new));
        } else {
            b.addMissingMarkers(missing.toArray(String[]::new));
        }
        if (node.hasNonNull("missingByColumn")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("missingByColumn").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                b.missingMarkersFor(e.getKey(), strings(e.getValue()).toArray(String[]::new));
            }
        }
        if (node.hasNonNull("types")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("types").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                b.columnType(e.getKey(), ColumnType.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
            }
        }
        if (node.has("trim")) {
            b.trim(node.get("trim").asBoolean());
        }
        if (label != null) {
            b.label(label);
        }
        return new DataFile(resolved, b.build());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the plan has no \"" + field + "\"");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}

package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ParameterType;
import io.github.tenken.check.ResultTable;
import io.github.tenken.guideline.Edition;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The {@code ait.manifest.json} of one check, in the test bed's field names and order: name ({@link AitName}),
 * description, authors, version (Tenken's), quality (the quality-dimension URI of the check's characteristic),
 * keywords (sorted), references, licenses, inventories (one per input the descriptor needs, in {@link Input} order),
 * parameters (the descriptor's {@link ParameterSpec}s, values as strings), report (the measures and tables the check
 * produced, in its order) and downloads. Texts are English, as the descriptors are.
 *
 * <p>Parameter types are written {@code int|float|bool|str}, as the published manifests and the guideline write them
 * (the test bed's JSON schema spells the last one {@code string}). Measures are {@code float}, {@code single}: every
 * Tenken measure is one number.
 */
final class AitManifest {

    /** The licence of Tenken's code, as the test bed lists licences. */
    static final String LICENSE = "Apache License Version 2.0";

    private AitManifest() {
    }

    /**
     * The manifest.
     *
     * @param d       the check's descriptor
     * @param result  its result, for the measures and tables it produced
     * @param edition the guideline edition of the assessment
     * @param version Tenken's version
     * @return the manifest as a JSON object
     */
    static ObjectNode of(CheckDescriptor d, CheckResult result, Edition edition, String version) {
        Messages en = Messages.of(ReportLanguage.EN);
        ObjectNode m = AitJson.object();
        m.put("name", AitName.of(d));
        m.put("description", d.description().isBlank() ? d.title() : d.title() + ": " + d.description());
        m.putArray("authors").add("Tenken");
        m.put("version", version);
        m.put("quality", d.characteristic().qualityDimensionUri(edition));
        ArrayNode keywords = m.putArray("keywords");
        keywords(d).forEach(keywords::add);
        m.putArray("references");
        m.putArray("licenses").add(LICENSE);
        ArrayNode inventories = m.putArray("inventories");
        for (Input input : d.sortedInputs()) {
            inventories.add(inventory(input));
        }
        ArrayNode parameters = m.putArray("parameters");
        for (ParameterSpec p : d.parameters()) {
            parameters.add(parameter(p));
        }
        ObjectNode report = m.putObject("report");
        ArrayNode measures = report.putArray("measures");
        for (Measure measure : result.measures()) {
            ObjectNode o = measures.addObject();
            o.put("name", measure.name());
            o.put("type", "float");
            o.put("description", measureDescription(d, measure, en));
            o.put("structure", "single");
        }
        ArrayNode resources = report.putArray("resources");
        for (ResultTable t : result.tables()) {
            ObjectNode o = resources.addObject();
            o.put("name", t.name());
            o.put("type", "table");
            o.put("description", en.render(t.title()));
        }
        m.putArray("downloads");
        return m;
    }

    private static List<String> keywords(CheckDescriptor d) {
        TreeSet<String> words = new TreeSet<>();
        words.add("Tenken");
        words.add(d.id());
        words.add(d.characteristic().code());
        words.addAll(d.items());
        d.concerns().forEach(c -> words.add(c.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return new ArrayList<>(words);
    }

    private static ObjectNode inventory(Input input) {
        ObjectNode o = AitJson.object();
        o.put("name", input.key().replace('-', '_'));
        o.put("type", switch (input) {
            case TRAINING_DATA, TEST_DATA, OPERATION_DATA -> "dataset";
            case MODEL -> "model";
            case LABEL, SENSITIVE_ATTRIBUTES, CASES -> "attribute set";
        });
        o.put("description", input.description());
        ArrayNode format = o.putObject("requirement").putArray("format");
        switch (input) {
            case TRAINING_DATA, TEST_DATA, OPERATION_DATA -> format.add("csv");
            // an ONNX model (tenken-onnx) or a CSV file of predictions (tenken-checks)
            case MODEL -> format.add("onnx").add("csv");
            // declared in the assessment plan, a JSON file
            case LABEL, SENSITIVE_ATTRIBUTES, CASES -> format.add("json");
        }
        return o;
    }

    private static ObjectNode parameter(ParameterSpec p) {
        ObjectNode o = AitJson.object();
        o.put("name", p.name());
        o.put("type", p.type().name().toLowerCase(Locale.ROOT));
        o.put("description", p.description() == null ? "" : p.description());
        o.put("default_val", p.defaultValue());
        if (p.min() != null) {
            o.put("min", bound(p.type(), p.min()));
        }
        if (p.max() != null) {
            o.put("max", bound(p.type(), p.max()));
        }
        return o;
    }

    private static String bound(ParameterType type, double v) {
        return type == ParameterType.INT && v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : AitValues.number(v);
    }

    private static String measureDescription(CheckDescriptor d, Measure measure, Messages en) {
        String unit = en.unit(measure.unit());
        String text = en.format("qunomon.measure", measure.name(), d.id());
        if (!unit.isBlank()) {
            text += en.format("qunomon.measure.unit", unit);
        }
        for (Criterion c : d.defaultCriteria()) {
            if (c.measure().equals(measure.name())) {
                text += en.format("qunomon.measure.default", c.toString());
            }
        }
        return text;
    }
}

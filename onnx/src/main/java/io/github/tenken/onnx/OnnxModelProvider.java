package io.github.tenken.onnx;

import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.checks.model.ModelProvider;
import io.github.tenken.checks.model.ModelSpec;

import java.util.List;
import java.util.Set;

/**
 * The {@code onnx} model type: a model trained anywhere and exported to ONNX, run by {@link OnnxModel}.
 *
 * <pre>{@code
 * "model": {"type": "onnx", "path": "penguins.onnx",
 *           "inputs": ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]}
 * }</pre>
 *
 * <p>Its fields: {@code inputs}, the columns of a single matrix input in order (leave it out when the model has one
 * input per column, named as the columns); {@code classes}, optional, checked against the classes the model names
 * (required only when it names none). The model stays open for the life of the process that loaded it.
 */
public final class OnnxModelProvider implements ModelProvider {

    /** The provider, for {@link java.util.ServiceLoader}. */
    public OnnxModelProvider() {
    }

    @Override
    public String type() {
        return "onnx";
    }

    @Override
    public String description() {
        return "a model exported to ONNX";
    }

    @Override
    public Set<String> fields() {
        return Set.of("inputs", "classes");
    }

    @Override
    public LoadedModel load(ModelSpec spec) {
        OnnxModel.Builder b = OnnxModel.builder(spec.file()).name(spec.path());
        List<String> inputs = spec.strings("inputs").orElse(List.of());
        if (spec.has("inputs") && inputs.isEmpty()) {
            throw spec.error("inputs", "an empty list; name the columns of the model's matrix input in order, or "
                    + "leave inputs out when each input is named as its column");
        }
        b.inputs(inputs);
        spec.strings("classes").ifPresent(b::classes);
        try {
            return LoadedModel.of(b.build());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            throw spec.error(m.startsWith("classes ") ? "classes" : m.startsWith("inputs ") ? "inputs" : "path", m);
        }
    }
}

package io.github.tenken.onnx;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an ONNX model is a classifier and which classes it has, in the order of its probabilities: the
 * graph's own class labels win; classes a user gives are checked against them, and are needed only when the graph
 * names none (a bare network).
 */
final class ClassNames {

    private ClassNames() {
    }

    /**
     * The model's classes, or empty for a regressor.
     *
     * @param name        the model file, for messages
     * @param model       the model's bytes
     * @param given       the classes the user gave, possibly none
     * @param outputs     the bound outputs
     * @param outputNames every output of the model, for messages
     */
    static Optional<List<String>> resolve(String name, byte[] model, List<String> given, OutputBinding outputs,
                                          Set<String> outputNames) {
        List<String> fromGraph;
        try {
            fromGraph = GraphLabels.read(model).orElse(List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a well-formed ONNX model: " + e.getMessage());
        }
        if (fromGraph.isEmpty() && given.isEmpty() && !outputs.classifier()) {
            if (outputs.numeric() == null) {
                throw new IllegalArgumentException(name + " has no output Tenken can read: no class label, ZipMap "
                        + "or float output; its outputs are " + outputNames);
            }
            return Optional.empty();
        }
        if (!fromGraph.isEmpty() && !given.isEmpty() && !fromGraph.equals(given)) {
            throw new IllegalArgumentException("classes " + given + " given for " + name + " do not match the "
                    + "model's classes " + fromGraph + (Set.copyOf(fromGraph).equals(Set.copyOf(given))
                    ? " (the same names in another order; the model's order is that of its probabilities)" : ""));
        }
        List<String> classes = fromGraph.isEmpty() ? given : fromGraph;
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(name + " does not name its classes (no ZipMap or classifier node with "
                    + "class labels); give them as classes, in the order of its probability output");
        }
        Preconditions.check(Set.copyOf(classes).size() == classes.size(), "classes %s hold a name twice", classes);
        if (outputs.label() == null && outputs.probabilities() == null) {
            throw new IllegalArgumentException(name + " is a classifier without a label or probability output; its "
                    + "outputs are " + outputNames);
        }
        return Optional.of(List.copyOf(classes));
    }
}

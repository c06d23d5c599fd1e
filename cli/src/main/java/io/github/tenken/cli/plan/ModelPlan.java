package io.github.tenken.cli.plan;

import java.util.List;
import java.util.Map;

/**
 * The {@code model} of a plan: a serialised Smile model, a model exported to ONNX, or a CSV file of predictions made
 * elsewhere.
 *
 * @param type              {@code smile}, {@code onnx} or {@code predictions}
 * @param path              the model or predictions file, relative to the plan's folder
 * @param kind              for {@code smile}: {@code classification} (default) or {@code regression}
 * @param classes           for a Smile classifier: the class names in the model's class-index order; for
 *                          {@code onnx}: optional, checked against the classes the model names
 * @param prediction        for {@code predictions}: the column holding the predicted class or value
 * @param probabilities     for {@code predictions}: the probability column of each class
 * @param probabilityPrefix for {@code predictions}: probability columns named prefix + class
 * @param inputs            for {@code onnx}: the columns of the model's single matrix input, in order (left out
 *                          when each input is named as its column)
 */
public record ModelPlan(String type, String path, String kind, List<String> classes, String prediction,
                        Map<String, String> probabilities, String probabilityPrefix, List<String> inputs) {
}

package io.github.tenken.smile;

import smile.base.cart.CART;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.measure.Measure;
import smile.data.measure.NominalScale;
import smile.data.type.StructField;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the class names a Smile classifier learned from its response's {@link NominalScale}: level {@code v} names
 * label value {@code v}. Smile keeps the response field of a tree model (a {@link CART}) but offers no getter for
 * it, so it is read by reflection; models whose response is not kept (gradient boosting, logistic regression ...)
 * give nothing, and the caller must then rely on the user's list of classes.
 */
final class SmileResponseScale {

    private SmileResponseScale() {
    }

    private static boolean isZeroToN(int[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** The class names in label-value order, when the model keeps a nominal response scale. */
    static Optional<List<String>> classes(Object model) {
        CART tree = model instanceof RandomForest forest && forest.trees().length > 0 ? forest.trees()[0]
                : model instanceof DecisionTree single ? single : null;
        if (tree == null) {
            return Optional.empty();
        }
        try {
            Field field = CART.class.getDeclaredField("response");
            field.setAccessible(true);
            if (field.get(tree) instanceof StructField response) {
                Measure measure = response.measure;
                if (measure instanceof NominalScale scale && isZeroToN(scale.values())) {
                    return Optional.of(List.copyOf(Arrays.asList(scale.levels())));
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();    // another Smile layout: fall back on the user's list
        }
    }
}

package io.github.tenken.model;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.Optional;

/**
 * A model's predictions for every row of one table. For a classifier: the predicted class index into
 * {@link #classes()} and, where the model has them, class probabilities, stored class by class (one array per
 * class, no object per row); for a regressor: the predicted values.
 *
 * <p>Arrays are copied in and out; predictions are immutable.
 */
public final class Predictions {

    private final ModelKind kind;
    private final List<String> classes;
    private final int[] classIndex;
    private final double[][] probabilities;
    private final double[] values;

    private Predictions(ModelKind kind, List<String> classes, int[] classIndex, double[][] probabilities,
                        double[] values) {
        this.kind = kind;
        this.classes = List.copyOf(classes);
        this.classIndex = classIndex;
        this.probabilities = probabilities;
        this.values = values;
    }

    /**
     * Class predictions: {@code predicted[i]} indexes {@code classes}; {@code probabilities} is {@code null} or has
     * one row of {@code classes.size()} probabilities per prediction.
     */
    public static Predictions classification(List<String> classes, int[] predicted, double[][] probabilities) {
        double[][] byClass = null;
        if (probabilities != null) {
            Preconditions.check(probabilities.length == predicted.length,
                    "%d probability rows for %d predictions", probabilities.length, predicted.length);
            byClass = new double[classes.size()][predicted.length];
            for (int i = 0; i < probabilities.length; i++) {
                Preconditions.check(probabilities[i].length == classes.size(),
                        "probability row %d has %d values for %d classes", i, probabilities[i].length, classes.size());
                for (int k = 0; k < classes.size(); k++) {
                    byClass[k][i] = probabilities[i][k];
                }
            }
        }
        return byClass(classes, predicted.clone(), byClass);
    }

    /**
     * Class predictions with the probabilities given class by class: {@code probabilitiesByClass[k][i]} is the
     * probability of class {@code k} for row {@code i}; {@code null} when the model gives none. The arrays are
     * taken over: the caller must not change them afterwards.
     */
    public static Predictions classificationByClass(List<String> classes, int[] predicted,
                                                    double[][] probabilitiesByClass) {
        if (probabilitiesByClass != null) {
            Preconditions.check(probabilitiesByClass.length == classes.size(),
                    "probabilities of %d classes for %d classes", probabilitiesByClass.length, classes.size());
            for (double[] p : probabilitiesByClass) {
                Preconditions.check(p.length == predicted.length, "%d probabilities for %d predictions", p.length,
                        predicted.length);
            }
        }
        return byClass(classes, predicted, probabilitiesByClass);
    }

    private static Predictions byClass(List<String> classes, int[] predicted, double[][] byClass) {
        Preconditions.notEmpty(classes, "classes");
        for (int i = 0; i < predicted.length; i++) {
            int p = predicted[i];
            Preconditions.check(p >= 0 && p < classes.size(), "prediction %d is class index %d; classes are %s",
                    i, p, classes);
        }
        return new Predictions(ModelKind.CLASSIFICATION, classes, predicted, byClass, null);
    }

    /** Regression predictions. */
    public static Predictions regression(double[] values) {
        return new Predictions(ModelKind.REGRESSION, List.of(), null, null, values.clone());
    }

    /** Classification or regression. */
    public ModelKind kind() {
        return kind;
    }

    /** Number of predictions. */
    public int size() {
        return kind == ModelKind.CLASSIFICATION ? classIndex.length : values.length;
    }

    /** The class names (empty for regression). */
    public List<String> classes() {
        return classes;
    }

    /** The predicted class index of one row. */
    public int predictedClass(int row) {
        return classIndex[row];
    }

    /** The predicted class name of one row. */
    public String predictedLabel(int row) {
        return classes.get(classIndex[row]);
    }

    /** A copy of every predicted class index. */
    public int[] predictedClasses() {
        return classIndex.clone();
    }

    /** Whether class probabilities are available. */
    public boolean hasProbabilities() {
        return probabilities != null;
    }

    /** The probability of class {@code classIndex} for one row; an error when the model gives no probabilities. */
    public double probability(int row, int classIndex) {
        if (probabilities == null) {
            throw new IllegalStateException("the model gives no class probabilities");
        }
        return probabilities[classIndex][row];
    }

    /** A copy of the probabilities of one class for every row; empty when there are none. */
    public Optional<double[]> probabilitiesOf(int classIndex) {
        return probabilities == null ? Optional.empty() : Optional.of(probabilities[classIndex].clone());
    }

    /** The predicted value of one row (regression). */
    public double value(int row) {
        return values[row];
    }

    /** A copy of every predicted value (regression). */
    public double[] copyValues() {
        return values.clone();
    }
}

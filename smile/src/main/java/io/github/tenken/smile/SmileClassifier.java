package io.github.tenken.smile;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import smile.classification.Classifier;
import smile.classification.DataFrameClassifier;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Smile classifier seen as a Tenken {@link Model}. A table is converted once to a frame shaped as the model's
 * input schema (categories coded by name, see {@link SmileFrames#toDataFrame(Table, StructType)}); soft models
 * (Smile's {@code soft()}) also give class probabilities.
 *
 * <pre>{@code
 * RandomForest forest = RandomForest.fit(Formula.lhs("income"), frame);
 * Model model = SmileClassifier.of(forest, List.of("<=50K", ">50K"));
 * }</pre>
 *
 * <p>Smile predicts a label value {@code v} (an {@code int}); the class it names is {@code labelLevels.get(v)},
 * which for a response with a {@code NominalScale} is that scale's levels in order.
 */
public final class SmileClassifier implements Model {

    private static final int PARALLEL_FROM_ROWS = 2_000;

    private final Classifier<Tuple> classifier;
    private final StructType schema;
    private final int[] labelValues;
    private final List<String> classes;
    private final String description;

    private SmileClassifier(Classifier<Tuple> classifier, StructType schema, List<String> labelLevels,
                            String description) {
        this.classifier = Preconditions.notNull(classifier, "classifier");
        this.schema = Preconditions.notNull(schema, "schema");
        this.description = Preconditions.notBlank(description, "description");
        SmileResponseScale.classes(classifier).filter(learned -> !learned.equals(labelLevels)).ifPresent(learned -> {
            throw new IllegalArgumentException("the classes " + labelLevels + " given for " + description
                    + " do not match the classes it learned, in label-value order " + learned
                    + "; give them in that order, or leave them out to use the model's own");
        });
        this.labelValues = classifier.classes().clone();
        Arrays.sort(labelValues);
        List<String> names = new ArrayList<>();
        for (int v : labelValues) {
            Preconditions.check(v >= 0 && v < labelLevels.size(), "the classifier predicts label value %d, "
                    + "which the label levels %s do not name", v, labelLevels);
            names.add(labelLevels.get(v));
        }
        this.classes = List.copyOf(names);
    }

    /**
     * A Smile tree classifier (random forest, decision tree) with the class names read from its response scale.
     *
     * @throws IllegalArgumentException when the model keeps no nominal response scale: then give the names
     */
    public static SmileClassifier of(DataFrameClassifier classifier) {
        List<String> learned = SmileResponseScale.classes(classifier).orElseThrow(() -> new IllegalArgumentException(
                "smile " + classifier.getClass().getSimpleName() + " keeps no class names; give them in the order "
                        + "of its label values 0, 1, ..."));
        return of(classifier, learned);
    }

    /**
     * The class names a Smile classifier learned, in label-value order, when it keeps them (tree models trained on a
     * response with a nominal scale).
     */
    public static java.util.Optional<List<String>> learnedClasses(Classifier<Tuple> classifier) {
        return SmileResponseScale.classes(classifier);
    }

    /** A Smile data-frame classifier (random forest, gradient boosting, decision tree ...) with its label levels. */
    public static SmileClassifier of(DataFrameClassifier classifier, List<String> labelLevels) {
        return new SmileClassifier(classifier, classifier.schema(), labelLevels,
                "smile " + classifier.getClass().getSimpleName());
    }

    /** A Smile data-frame classifier with a description for provenance. */
    public static SmileClassifier of(DataFrameClassifier classifier, List<String> labelLevels, String description) {
        return new SmileClassifier(classifier, classifier.schema(), labelLevels, description);
    }

    /** Any Smile classifier of tuples, given the schema of the tuples it expects. */
    public static SmileClassifier of(Classifier<Tuple> classifier, StructType schema, List<String> labelLevels,
                                     String description) {
        return new SmileClassifier(classifier, schema, labelLevels, description);
    }

    /** The wrapped Smile model. */
    public Classifier<Tuple> classifier() {
        return classifier;
    }

    /** The input schema tables are converted to. */
    public StructType schema() {
        return schema;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.CLASSIFICATION;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    /** The columns of the model's input schema, which are the predictors it reads. */
    @Override
    public List<String> features() {
        return List.of(schema.names());
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Predictions predict(Table table) {
        DataFrame frame = SmileFrames.toDataFrame(table, schema);
        int n = frame.nrow();
        int[] predicted = new int[n];
        boolean soft = classifier.soft();
        double[][] probabilities = soft ? new double[n][] : null;
        IntStream rows = IntStream.range(0, n);
        (n >= PARALLEL_FROM_ROWS ? rows.parallel() : rows).forEach(i -> {
            Tuple x = frame.get(i);
            if (soft) {
                double[] p = new double[classes.size()];
                predicted[i] = indexOf(classifier.predict(x, p));
                probabilities[i] = p;
            } else {
                predicted[i] = indexOf(classifier.predict(x));
            }
        });
        return Predictions.classification(classes, predicted, probabilities);
    }

    private int indexOf(int labelValue) {
        int i = Arrays.binarySearch(labelValues, labelValue);
        if (i < 0) {
            throw new IllegalStateException(description + " predicted label value " + labelValue
                    + ", which is not among its classes " + Arrays.toString(labelValues));
        }
        return i;
    }

    @Override
    public String toString() {
        return description;
    }
}

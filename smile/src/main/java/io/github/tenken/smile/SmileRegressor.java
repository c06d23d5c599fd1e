package io.github.tenken.smile;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.DataFrameRegression;
import smile.regression.Regression;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A Smile regression model seen as a Tenken {@link Model}; a table is converted once to a frame shaped as the
 * model's input schema.
 *
 * <pre>{@code
 * Model model = SmileRegressor.of(smile.regression.RandomForest.fit(Formula.lhs("target"), frame));
 * }</pre>
 */
public final class SmileRegressor implements Model {

    private static final int PARALLEL_FROM_ROWS = 2_000;

    private final Regression<Tuple> regression;
    private final StructType schema;
    private final String description;

    private SmileRegressor(Regression<Tuple> regression, StructType schema, String description) {
        this.regression = Preconditions.notNull(regression, "regression");
        this.schema = Preconditions.notNull(schema, "schema");
        this.description = Preconditions.notBlank(description, "description");
    }

    /** A Smile data-frame regression (random forest, gradient boosting, regression tree ...). */
    public static SmileRegressor of(DataFrameRegression regression) {
        return new SmileRegressor(regression, regression.schema(), "smile " + regression.getClass().getSimpleName());
    }

    /** A Smile data-frame regression with a description for provenance. */
    public static SmileRegressor of(DataFrameRegression regression, String description) {
        return new SmileRegressor(regression, regression.schema(), description);
    }

    /** Any Smile regression of tuples, given the schema of the tuples it expects. */
    public static SmileRegressor of(Regression<Tuple> regression, StructType schema, String description) {
        return new SmileRegressor(regression, schema, description);
    }

    /** The wrapped Smile model. */
    public Regression<Tuple> regression() {
        return regression;
    }

    /** The input schema tables are converted to. */
    public StructType schema() {
        return schema;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.REGRESSION;
    }

    @Override
    public List<String> classes() {
        return List.of();
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
        double[] values = new double[n];
        IntStream rows = IntStream.range(0, n);
        (n >= PARALLEL_FROM_ROWS ? rows.parallel() : rows).forEach(i -> values[i] = regression.predict(frame.get(i)));
        return Predictions.regression(values);
    }

    @Override
    public String toString() {
        return description;
    }
}

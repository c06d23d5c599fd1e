package io.github.tenken.onnx;

import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import static io.github.tenken.onnx.Fixtures.DIABETES_FEATURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A TreeEnsembleRegressor against scikit-learn's DecisionTreeRegressor on the diabetes data. */
class OnnxRegressorTest {

    @Test
    void aRegressionTreePredictsAsScikitLearnToFloatPrecision() {
        Table data = Fixtures.csv("../../../../checks/src/test/resources/datasets/diabetes.csv.gz");
        Table expected = Fixtures.csv("diabetes-tree-expected.csv");
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("diabetes-tree.onnx")).inputs(DIABETES_FEATURES)
                .build()) {
            assertThat(model.kind()).isEqualTo(ModelKind.REGRESSION);
            assertThat(model.classes()).isEmpty();
            assertThat(model.features()).isEqualTo(DIABETES_FEATURES);
            Predictions p = model.predict(data);
            assertThat(p.kind()).isEqualTo(ModelKind.REGRESSION);
            assertThat(p.size()).isEqualTo(442);
            for (int r = 0; r < p.size(); r++) {
                double sklearn = expected.numeric("predicted").get(r);
                // ONNX stores a leaf's value as a float: one float rounding (below 2e-5 here) is all that may differ
                assertThat(p.value(r)).as("row %d", r).isCloseTo(sklearn, within((double) Math.ulp((float) sklearn)));
            }
        }
    }
}

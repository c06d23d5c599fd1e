package io.github.tenken.onnx;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.checks.model.ModelProviders;
import io.github.tenken.checks.model.ModelSpec;
import io.github.tenken.checks.model.ModelSpecException;
import io.github.tenken.model.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code onnx} model type as a plan names it. */
class OnnxModelProviderTest {

    private static ModelSpec spec(String file, Map<String, Object> fields) {
        return new ModelSpec(Fixtures.file(file), file, "species", new Dictionaries(), fields);
    }

    @Test
    void theProviderIsFoundByItsType() {
        assertThat(ModelProviders.discover().byType().get("onnx")).isInstanceOf(OnnxModelProvider.class);
        assertThat(new OnnxModelProvider().fields()).containsExactlyInAnyOrder("inputs", "classes");
    }

    @Test
    void aPlanModelWithInputsLoads() {
        LoadedModel loaded = new OnnxModelProvider().load(spec("penguins-species.onnx",
                Map.of("inputs", Fixtures.PENGUIN_FEATURES)));
        assertThat(loaded.test()).isNull();
        assertThat(loaded.model().kind()).isEqualTo(ModelKind.CLASSIFICATION);
        assertThat(loaded.model().features()).isEqualTo(Fixtures.PENGUIN_FEATURES);
        assertThat(loaded.model().description()).isEqualTo(
                "onnx penguins_logistic_regression read from penguins-species.onnx");
        ((OnnxModel) loaded.model()).close();
    }

    @Test
    void wrongClassesAreAnErrorOfTheClassesField() {
        assertThatThrownBy(() -> new OnnxModelProvider().load(spec("iris-tree.onnx",
                Map.of("classes", List.of("a", "b", "c")))))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.field()).isEqualTo("classes"))
                .hasMessage("classes [a, b, c] given for iris-tree.onnx do not match the model's classes [0, 1, 2]");
    }

    @Test
    void aMatrixModelWithoutInputsIsAnErrorOfThePathField() {
        assertThatThrownBy(() -> new OnnxModelProvider().load(spec("penguins-species.onnx", Map.of())))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> assertThat(e.field()).isEqualTo("path"))
                .hasMessageContaining("give the columns it reads, in order, as inputs");
    }
}

package io.github.tenken.checks.model;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelProvidersTest {

    @Test
    void findsTheBuiltInTypesAndARegisteredOneAndNamesABrokenProvider() {
        // the test services file adds ConstantModelProvider (type "Constant") and a class that does not exist
        ModelProviders providers = ModelProviders.discover();
        assertThat(providers.byType().keySet()).containsExactly("constant", "predictions");
        assertThat(providers.problems()).singleElement().asString()
                .contains("io.github.tenken.checks.model.NoSuchProvider");
        assertThat(providers.describeTypes()).isEqualTo("constant (a classifier that always answers its first "
                + "class), predictions (a CSV file of predictions)");
    }

    @Test
    void aProviderReadsItsFieldsFromTheSpecAndNamesTheFieldItCannotUse(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("model.txt"), "unused");
        ModelProvider constant = ModelProviders.discover().byType().get("constant");
        LoadedModel loaded = constant.load(new ModelSpec(file, "model.txt", null, new Dictionaries(),
                Map.of("classes", List.of("no", "yes"))));
        Table t = Table.of("t", List.of(CategoricalColumn.of("x", CategoryDictionary.of("a"), "a", "a")));
        assertThat(loaded.model().kind()).isEqualTo(ModelKind.CLASSIFICATION);
        assertThat(loaded.model().predict(t).predictedClasses()).containsExactly(0, 0);
        assertThat(loaded.test()).isNull();

        assertThatThrownBy(() -> constant.load(new ModelSpec(file, "model.txt", null, new Dictionaries(), Map.of())))
                .isInstanceOfSatisfying(ModelSpecException.class, e -> {
                    assertThat(e.field()).isEqualTo("classes");
                    assertThat(e.getMessage()).isEqualTo("required: the classes, the first is always answered");
                });
        ModelSpec wrongType = new ModelSpec(file, "model.txt", null, new Dictionaries(), Map.of("classes", "yes"));
        assertThatThrownBy(() -> constant.load(wrongType)).hasMessage("expected a list of texts");
        assertThatThrownBy(() -> new ModelSpec(file, "m", null, new Dictionaries(), Map.of("kind", "neither")).kind())
                .hasMessage("\"neither\" is not a model kind; expected classification or regression");
    }
}

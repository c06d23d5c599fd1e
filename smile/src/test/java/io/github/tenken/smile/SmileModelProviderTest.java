package io.github.tenken.smile;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.checks.model.ModelProvider;
import io.github.tenken.checks.model.ModelProviders;
import io.github.tenken.checks.model.ModelSpec;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.io.Write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "smile" model type: registered by this module's services file, reads a serialised forest back. */
class SmileModelProviderTest {

    @Test
    void theSmileTypeIsRegisteredByThisModule() {
        assertThat(ModelProviders.discover().byType()).containsKey("smile");
        assertThat(ModelProviders.discover().byType().get("smile")).isInstanceOf(SmileModelProvider.class);
    }

    @Test
    void aSerialisedForestIsReadBackAndPredictsAsBefore(@TempDir Path dir) throws Exception {
        CategoryDictionary yn = CategoryDictionary.of("no", "yes");
        double[] x = new double[60];
        String[] y = new String[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = i < 30 ? "no" : "yes";
        }
        Table train = Table.of("train", List.of(NumericColumn.of("x", x), CategoricalColumn.of("y", yn, y)));
        SmileClassifier trained = RandomForestTrainer.train(train, "y", List.of("x"), 10, 3);
        Path file = dir.resolve("forest.ser");
        Write.object((java.io.Serializable) trained.classifier(), file);

        ModelProvider smile = ModelProviders.discover().byType().get("smile");
        LoadedModel loaded = smile.load(new ModelSpec(file, "forest.ser", null, new Dictionaries(),
                Map.of("classes", List.of("no", "yes"))));
        assertThat(loaded.model().predict(train).predictedClasses())
                .containsExactly(trained.predict(train).predictedClasses());

        Path notAModel = Files.writeString(dir.resolve("model.txt"), "not java serialisation");
        assertThatThrownBy(() -> smile.load(new ModelSpec(notAModel, "model.txt", null, new Dictionaries(),
                Map.of("classes", List.of("no", "yes"))))).hasMessageStartingWith("model.txt is not a serialised "
                + "Smile model: java.io.StreamCorruptedException");
    }
}

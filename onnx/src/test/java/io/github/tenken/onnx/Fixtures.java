package io.github.tenken.onnx;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Table;

import java.nio.file.Path;
import java.util.List;

/** The fixtures onnx/src/test/python/make_fixtures.py wrote: models, their data and scikit-learn's answers. */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources");
    static final List<String> PENGUIN_FEATURES = List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm",
            "body_mass_g");
    static final List<String> IRIS_FEATURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
    static final List<String> DIABETES_FEATURES = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5",
            "s6");

    private Fixtures() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static Table csv(String name) {
        return CsvTableReader.read(file(name), CsvOptions.defaults(), new Dictionaries());
    }

    static OnnxModel penguins() {
        return OnnxModel.builder(file("penguins-species.onnx")).inputs(PENGUIN_FEATURES).build();
    }
}

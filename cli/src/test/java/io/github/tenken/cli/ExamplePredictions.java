package io.github.tenken.cli;

import io.github.tenken.samples.AdultDemo;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the example predictions file {@code docs/examples/adult-test-predictions.csv.gz}: a seeded random forest of
 * {@value #TREES} trees trained on adult.data predicts adult.test; one line per test row with the predicted class
 * and the probability of each class ({@code p_<class>}, four decimals), in test-file order.
 */
final class ExamplePredictions {

    static final int TREES = 50;
    static final long SEED = 42;

    private ExamplePredictions() {
    }

    /** The file's text. */
    static String csv() {
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        Model model = RandomForestTrainer.train(training, SampleData.ADULT_LABEL,
                AdultDemo.features(training), TREES, SEED);
        Predictions p = model.predict(test);
        StringBuilder out = new StringBuilder("predicted");
        p.classes().forEach(c -> out.append(",p_").append(c));
        out.append('\n');
        for (int r = 0; r < p.size(); r++) {
            out.append(p.predictedLabel(r));
            for (int k = 0; k < p.classes().size(); k++) {
                out.append(String.format(Locale.ROOT, ",%.4f", p.probability(r, k)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The text gzipped (the JDK writes no time stamp, so the bytes depend on the text alone). */
    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

package io.github.tenken.checks.model;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.io.LocatedTable;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The predictions of a model trained anywhere (Python, R, a service), read from a CSV file that holds, per row, the
 * features and true label of a test set together with the model's prediction and, optionally, class probabilities.
 *
 * <pre>{@code
 * PredictionsFile file = PredictionsFile.builder()
 *         .label("income").prediction("predicted").probabilityPrefix("p_")  // p_<=50K, p_>50K
 *         .read(Path.of("adult-test-predictions.csv"), dictionaries);
 * Table test = file.table();          // every column of the file: use it as the TEST dataset
 * Model model = file.model();         // predicts exactly the file's rows
 * ColumnRoles roles = ColumnRoles.label("income").withIgnored(file.modelColumns().toArray(String[]::new));
 * }</pre>
 *
 * <p>The model is a classifier when it has probability columns, when the label in the file is categorical, or when
 * the prediction column is categorical; a regressor when label and prediction are numeric and no probability is
 * given (override with {@link Builder#kind}). With one probability column per class but one, the last class's probability
 * is 1 minus the others. Bad content (a missing prediction, an unknown class, a probability outside [0, 1],
 * probabilities not summing to 1 within 0.01) is a {@link io.github.tenken.checks.io.DataFileException} naming file,
 * line, column and value.
 */
public final class PredictionsFile {

    private final LocatedTable located;
    private final Model model;
    private final List<String> modelColumns;

    PredictionsFile(LocatedTable located, Model model, List<String> modelColumns) {
        this.located = located;
        this.model = model;
        this.modelColumns = List.copyOf(modelColumns);
    }

    /** A builder of the file's layout. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every column of the file, features, label, predictions and probabilities. */
    public Table table() {
        return located.table();
    }

    /** The model whose predictions the file holds; it predicts only the file's own rows. */
    public Model model() {
        return model;
    }

    /** The prediction and probability columns: not features, to be ignored by data checks. */
    public List<String> modelColumns() {
        return modelColumns;
    }

    /** The file's layout: which columns hold the label, the prediction and the probabilities. */
    public static final class Builder {
        private CsvOptions csv = CsvOptions.defaults();
        private String label;
        private String prediction;
        private final Map<String, String> probabilityColumns = new LinkedHashMap<>();
        private String probabilityPrefix;
        private List<String> classes;
        private ModelKind kind;
        private String description;

        private Builder() {
        }

        /** How to read the file (delimiter, markers ...); the label and column types are set by this builder. */
        public Builder csv(CsvOptions options) {
            this.csv = Preconditions.notNull(options, "CSV options");
            return this;
        }

        /** The column of true labels (optional). */
        public Builder label(String column) {
            this.label = Preconditions.notBlank(column, "label column");
            return this;
        }

        /** The column of predicted classes or values; optional for a classifier given probability columns. */
        public Builder prediction(String column) {
            this.prediction = Preconditions.notBlank(column, "prediction column");
            return this;
        }

        /** The column holding the probability of class {@code className}. */
        public Builder probability(String className, String column) {
            probabilityColumns.put(Preconditions.notBlank(className, "class"),
                    Preconditions.notBlank(column, "probability column"));
            return this;
        }

        /** Probability columns named by a prefix followed by the class name, e.g. {@code p_} for {@code p_yes}. */
        public Builder probabilityPrefix(String prefix) {
            this.probabilityPrefix = Preconditions.notBlank(prefix, "probability prefix");
            return this;
        }

        /** The model's classes in order; predictions and probability columns must name only these. */
        public Builder classes(String... classes) {
            this.classes = List.of(classes);
            Preconditions.notEmpty(this.classes, "classes");
            return this;
        }

        /** Classification or regression, instead of deciding by the prediction column's type. */
        public Builder kind(ModelKind kind) {
            this.kind = Preconditions.notNull(kind, "kind");
            return this;
        }

        /** The model's description for provenance, e.g. {@code xgboost 2.0 trained in Python}. */
        public Builder description(String description) {
            this.description = Preconditions.notBlank(description, "description");
            return this;
        }

        /** Reads a file (gzipped or not). */
        public PredictionsFile read(Path file, Dictionaries dictionaries) {
            checkLayout();
            return decode(CsvTableReader.readLocated(file, options(), dictionaries), file);
        }

        /** Reads a stream named {@code name} in messages. */
        public PredictionsFile read(String name, InputStream in, Dictionaries dictionaries) {
            checkLayout();
            return decode(CsvTableReader.readLocated(name, in, options(), dictionaries), null);
        }

        private void checkLayout() {
            Preconditions.check(prediction != null || !probabilityColumns.isEmpty() || probabilityPrefix != null,
                    "a predictions file needs a prediction column or probability columns");
            Preconditions.check(probabilityColumns.isEmpty() || probabilityPrefix == null,
                    "give probability columns either one by one or by a prefix, not both");
        }

        private CsvOptions options() {
            CsvOptions.Builder b = csv.toBuilder();
            Map<String, ColumnType> declared = csv.declaredTypes();
            if (label != null) {
                b.label(label);
            }
            if (kind != null) {
                ColumnType type = kind == ModelKind.CLASSIFICATION ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
                for (String column : new String[]{label, prediction}) {
                    if (column != null && !declared.containsKey(column)) {
                        b.columnType(column, type);
                    }
                }
            }
            probabilityColumns.values().forEach(c -> b.columnType(c, ColumnType.NUMERIC));
            return b.build();
        }

        private PredictionsFile decode(LocatedTable located, Path source) {
            PredictionsDecoder decoder = new PredictionsDecoder(located, label, prediction, kind, classes,
                    probabilityColumns, probabilityPrefix);
            String text = description != null ? description : "predictions read from " + located.file()
                    + (prediction != null ? " (column \"" + prediction + "\")" : "");
            Model model = new FilePredictionsModel(located, decoder.decode(), text, source);
            List<String> columns = new ArrayList<>();
            if (prediction != null) {
                columns.add(prediction);
            }
            columns.addAll(decoder.probabilityColumns());
            return new PredictionsFile(located, model, columns);
        }
    }
}

package io.github.tenken.samples;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The UCI Adult (Census Income) data shipped with Tenken, ready to assess: 32,561 training and 16,281 test rows,
 * {@code ?} read as missing, the test labels' trailing {@code "."} removed, and both tables sharing one set of
 * {@link Dictionaries} so their category codes agree.
 *
 * <pre>{@code
 * Dictionaries dictionaries = new Dictionaries();
 * Table training = SampleData.adultTraining(dictionaries);
 * Table test = SampleData.adultTest(dictionaries);
 * }</pre>
 *
 * <p>Source: Becker, B. and Kohavi, R. (1996), Adult, UCI Machine Learning Repository, CC BY 4.0,
 * doi:10.24432/C5XW20 (unmodified files, gzipped).
 */
public final class SampleData {

    /** The label column of Adult: {@code <=50K} or {@code >50K}. */
    public static final String ADULT_LABEL = "income";

    /** The columns of Adult, in file order (the files have no header line). */
    public static final List<String> ADULT_COLUMNS = List.of("age", "workclass", "fnlwgt", "education",
            "education-num", "marital-status", "occupation", "relationship", "race", "sex", "capital-gain",
            "capital-loss", "hours-per-week", "native-country", "income");

    /** The numeric columns of Adult; every other column is categorical. */
    public static final List<String> ADULT_NUMERIC_COLUMNS = List.of("age", "fnlwgt", "education-num",
            "capital-gain", "capital-loss", "hours-per-week");

    private static final String FOLDER = "/io/github/tenken/samples/adult/";

    private SampleData() {
    }

    /** The training file {@code adult.data}: 32,561 rows. */
    public static Table adultTraining(Dictionaries dictionaries) {
        return readAdult("adult.data.gz", dictionaries);
    }

    /** The test file {@code adult.test}: 16,281 rows, labels without the trailing {@code "."}. */
    public static Table adultTest(Dictionaries dictionaries) {
        return readAdult("adult.test.gz", dictionaries);
    }

    /**
     * How the Adult files are read: no header, {@code ", "} separators trimmed, {@code ?} missing, the junk line
     * {@code |1x3 Cross validator} skipped, types declared, label {@code income} with a trailing {@code "."}
     * stripped. Useful for reading another copy of the files, e.g. the uncompressed originals.
     */
    public static CsvOptions adultOptions() {
        CsvOptions.Builder b = CsvOptions.builder()
                .columnNames(ADULT_COLUMNS)
                .missingMarkers("?")
                .skipLinesStartingWith("|")
                .label(ADULT_LABEL)
                .stripSuffix(ADULT_LABEL, ".");
        for (String column : ADULT_COLUMNS) {
            if (ADULT_NUMERIC_COLUMNS.contains(column)) {
                b.numeric(column);
            } else {
                b.categorical(column);
            }
        }
        return b.build();
    }

    private static Table readAdult(String resource, Dictionaries dictionaries) {
        try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("sample data " + FOLDER + resource + " is not on the class path");
            }
            return CsvTableReader.read(resource, in, adultOptions(), dictionaries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample data " + resource, e);
        }
    }
}

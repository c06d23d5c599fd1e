package io.github.tenken.checks.io;

import io.github.tenken.data.Column;
import io.github.tenken.data.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed-file corpus ({@code src/test/resources/malformed/}): each file is read by both readers, which must
 * agree (same table or same error), and the outcome is compared word for word with the line of
 * {@code malformed/expected.tsv} that names the file: {@code file <TAB> options <TAB> expected}, where the options
 * are {@code key=value} pairs separated by {@code ;} (or {@code -}), and the expected outcome is {@code error: } and
 * the exact message, or {@code table: } and the table written as {@code header / row / row} with {@code |} between
 * values, {@code ∅} for a missing one, then the blank lines skipped.
 */
class MalformedCorpusTest {

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : new String(FastReaderIdentityTest.resource("/malformed/expected.tsv"),
                java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            assertThat(parts).as(line).hasSize(3);
            cases.add(Arguments.of(parts[0], parts[1], parts[2]));
        }
        assertThat(cases).as("the corpus holds at least 30 files").hasSizeGreaterThanOrEqualTo(30);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesItsExactOutcomeWithBothReaders(String file, String options, String expected) {
        byte[] bytes = FastReaderIdentityTest.resource("/malformed/" + file);
        String name = "malformed/" + file;
        CsvOptions o = options(options);
        ReaderComparison.Outcome outcome;
        if (o.fastPathSupported()) {
            outcome = ReaderComparison.assertSame(name, bytes, o);
        } else {
            Dictionaries d = new Dictionaries();
            outcome = ReaderComparison.outcome(d, () -> CsvTableReader.readLocated(name,
                    new ByteArrayInputStream(bytes), o, d));
            ReaderComparison.assertSame(outcome, ReaderComparison.reference(name, bytes, o));
        }
        assertThat(render(outcome)).isEqualTo(expected);
    }

    private static String render(ReaderComparison.Outcome outcome) {
        if (outcome.error() != null) {
            return "error: " + outcome.error().getMessage();
        }
        Table t = outcome.table().table();
        StringBuilder s = new StringBuilder("table: ").append(String.join("|", t.columnNames()));
        for (int r = 0; r < t.rowCount(); r++) {
            s.append(" / ");
            for (int j = 0; j < t.columns().size(); j++) {
                Column c = t.columns().get(j);
                s.append(j == 0 ? "" : "|").append(c.isMissing(r) ? "∅" : printable(c.text(r)));
            }
        }
        return s.append(" (").append(outcome.table().blankLines()).append(" blank)").toString();
    }

    private static String printable(String v) {
        StringBuilder s = new StringBuilder();
        v.chars().forEach(c -> s.append(c < 0x20 ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return s.toString();
    }

    private static CsvOptions options(String text) {
        CsvOptions.Builder b = CsvOptions.builder();
        if (text.equals("-")) {
            return b.build();
        }
        for (String pair : text.split(";")) {
            String key = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            switch (key) {
                case "encoding" -> b.encoding(Charset.forName(value));
                case "skipLines" -> b.skipLines(Integer.parseInt(value));
                case "maxFieldBytes" -> b.maxFieldBytes(Integer.parseInt(value));
                case "maxColumns" -> b.maxColumns(Integer.parseInt(value));
                case "maxBytes" -> b.maxBytes(Long.parseLong(value));
                case "numeric" -> b.numeric(value.split(","));
                case "missingFor" -> b.missingMarkersFor(value.substring(0, value.indexOf(':')),
                        value.substring(value.indexOf(':') + 1));
                default -> throw new IllegalArgumentException("unknown option " + key);
            }
        }
        return b.build();
    }
}

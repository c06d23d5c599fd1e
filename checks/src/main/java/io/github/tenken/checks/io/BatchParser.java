package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.ValueHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the bytes of one {@link RawBatch} into columns: one parser task of a parallel read. Numbers are parsed from
 * byte ranges (no {@code String} per field), categories get local codes from a per-batch {@link SliceCodes} (one
 * decoding per distinct value), identifiers are hashed from their bytes. Missing-value markers, normalisation,
 * blank and junk records, field counts and error messages follow the reference reader.
 *
 * <p>Parsing stops at the first error (a row with the wrong number of fields, a byte that is not UTF-8); a value
 * that is not a number in a column only inferred numeric is recorded as a violation and parsing goes on, so that one
 * pass finds every column the sample mistook. Values a numeric column cannot hold (text in a column declared
 * numeric, {@code Inf}) are noted in {@link NumberProblems}, reported once the whole file is read.
 */
final class BatchParser {

    // the plans' kinds as small integers, for a cheap dispatch per field
    private static final int SKIP = 0;
    private static final int DECLARED_NUMBER = 1;
    private static final int INFERRED_NUMBER = 2;
    private static final int CATEGORY = 3;
    private static final int IDENTIFIER = 4;

    private final String file;
    private final ColumnPlan[] plans;
    private final int[] kinds;
    private final CsvSyntax syntax;
    private final boolean sample;
    private final String fieldCountSuffix;
    private final int[] distinctBefore;     // per column, the distinct values of the last batch parsed: a size hint

    /**
     * A parser of the columns planned so.
     *
     * @param file     the file's name in messages
     * @param plans    one plan per column, in file order
     * @param syntax   the options as bytes
     * @param sample   whether this is a sample read, which tolerates rows with the wrong number of fields (the full
     *                 read reports them)
     * @param hasHeader whether the column names come from a header line (for the field-count message)
     */
    BatchParser(String file, List<ColumnPlan> plans, CsvSyntax syntax, boolean sample, boolean hasHeader) {
        this.file = file;
        this.plans = plans.toArray(ColumnPlan[]::new);
        this.kinds = new int[this.plans.length];
        for (int j = 0; j < kinds.length; j++) {
            switch (this.plans[j].kind()) {
                case DECLARED_NUMBER -> kinds[j] = DECLARED_NUMBER;
                case INFERRED_NUMBER -> kinds[j] = INFERRED_NUMBER;
                case CATEGORY, SAMPLE -> kinds[j] = CATEGORY;
                case IDENTIFIER -> kinds[j] = IDENTIFIER;
                case SKIP -> kinds[j] = SKIP;
            }
        }
        this.syntax = syntax;
        this.sample = sample;
        this.fieldCountSuffix = hasHeader ? "the header has " + plans.size()
                : plans.size() + " column names were given";
        this.distinctBefore = new int[this.plans.length];
    }

    /**
     * The fields of the first row of a batch (the header line, read as a batch of one row), decoded, with the
     * line it starts on; {@code null} when the batch holds no row.
     */
    static TextRecord firstRow(RawBatch raw, CsvSyntax syntax) {
        byte[] b = raw.bytes();
        FieldLexer lexer = new FieldLexer(syntax);
        int p = 0;
        int line = raw.firstLine();
        while (p < b.length) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            boolean skipped = false;
            do {
                lexer.lex(b, p, b.length);
                int e = lexer.escaped ? FieldLexer.collapseQuotes(b, lexer.start, lexer.end, syntax.quote) : lexer.end;
                if (fields.isEmpty()) {
                    skipped = syntax.isSkipped(b, lexer.start, e, lexer.last);
                }
                fields.add(Utf8.decode(b, lexer.start, e));
                line += lexer.lineBreaks;
                p = lexer.next;
            } while (!lexer.last);
            if (!skipped) {
                return new TextRecord(fields, recordLine);
            }
        }
        return null;
    }

    /**
     * A record as text.
     *
     * @param fields its fields, trimmed as the options say
     * @param line   the line it starts on
     */
    record TextRecord(List<String> fields, int line) {
    }

    /** Parses batch number {@code index}; the raw bytes are changed (doubled quotes collapsed in place). */
    ParsedBatch parse(int index, RawBatch raw) {
        return new Run(index, raw).run();
    }

    /** The state of one batch's parse. */
    private final class Run {
        private final int index;
        private final RawBatch raw;
        private final byte[] b;
        private final FieldLexer lexer = new FieldLexer(syntax);
        private final double[][] numbers;
        private final int[][] categories;
        private final long[][] hashes;
        private final SliceCodes[] codes;
        private final double[][] numberOfCode;
        private final int[] parsedNumbers;
        private final ParsedBatch.Violation[] violations;
        private final int[] lines;
        private ParsedBatch.Violation firstViolation;
        private int[] pending = new int[12];  // the row's violations: column, start, end
        private int pendingViolations;
        private int currentLine;
        private NumberProblems numberProblems;

        Run(int index, RawBatch raw) {
            this.index = index;
            this.raw = raw;
            this.b = raw.bytes();
            int rows = raw.rows();
            int n = plans.length;
            this.numbers = new double[n][];
            this.categories = new int[n][];
            this.hashes = new long[n][];
            this.codes = new SliceCodes[n];
            this.numberOfCode = new double[n][];
            this.parsedNumbers = new int[n];
            this.violations = new ParsedBatch.Violation[n];
            this.lines = new int[rows];
            for (int j = 0; j < n; j++) {
                ColumnPlan plan = plans[j];
                switch (kinds[j]) {
                    case DECLARED_NUMBER, INFERRED_NUMBER -> {
                        numbers[j] = new double[rows];
                        if (plan.normaliser() != null) {
                            codes[j] = new SliceCodes(b, plan.normaliser(), distinctBefore[j]);
                            numberOfCode[j] = new double[16];
                        }
                    }
                    case CATEGORY -> {
                        categories[j] = new int[rows];
                        codes[j] = new SliceCodes(b, plan.normaliser(), distinctBefore[j]);
                    }
                    case IDENTIFIER -> hashes[j] = new long[rows];
                    default -> {
                    }
                }
            }
        }

        ParsedBatch run() {
            int p = 0;
            int line = raw.firstLine();
            int row = 0;
            int n = plans.length;
            RuntimeException error = null;
            Utf8Validator utf8 = new Utf8Validator();
            int bad = utf8.firstInvalid(b, 0, b.length);
            RuntimeException badByte = bad < 0 ? null : DataFileException.ofByte(file, lineOf(bad),
                    raw.firstOffset() + bad, Utf8Validator.problem(utf8.broken()));
            int badAt = bad < 0 ? Integer.MAX_VALUE : bad;
            while (p < b.length) {
                int recordLine = line;
                currentLine = line;
                lex(p, line);
                int s = lexer.start;
                int e = lexer.escaped ? FieldLexer.collapseQuotes(b, s, lexer.end, syntax.quote) : lexer.end;
                if ((lexer.last || syntax.hasJunkPrefix()) && syntax.isSkipped(b, s, e, lexer.last)) {
                    line += lexer.lineBreaks;
                    p = lexer.next;
                    while (!lexer.last) {                   // the rest of a junk record
                        lex(p, line);
                        line += lexer.lineBreaks;
                        p = lexer.next;
                    }
                    if (badAt < p) {
                        error = badByte;
                        break;
                    }
                    continue;
                }
                if (row == lines.length) {
                    throw new IllegalStateException("batch " + index + " holds more rows than the splitter counted");
                }
                lines[row] = recordLine;
                // values are stored as the fields are read; what is wrong with them counts only once the row is
                // known to have the right number of fields, which the reference reader checks first
                pendingViolations = 0;
                int fields = 0;
                while (true) {
                    if (fields < n) {
                        add(fields, row, s, e);
                    }
                    fields++;
                    line += lexer.lineBreaks;
                    p = lexer.next;
                    if (lexer.last) {
                        break;
                    }
                    lex(p, line);
                    s = lexer.start;
                    e = lexer.escaped ? FieldLexer.collapseQuotes(b, s, lexer.end, syntax.quote) : lexer.end;
                }
                if (badAt < p) {
                    error = badByte;
                    break;
                }
                if (fields != n) {
                    if (!sample) {
                        error = DataFileException.ofLine(file, recordLine, "the row has " + fields + " fields, "
                                + fieldCountSuffix);
                        break;
                    }
                    fillMissing(row++);
                    continue;
                }
                for (int v = 0; v < pendingViolations; v++) {
                    violate(pending[3 * v], recordLine, pending[3 * v + 1], pending[3 * v + 2]);
                }
                row++;
            }
            if (error == null && row != lines.length) {
                throw new IllegalStateException("batch " + index + " holds " + row + " rows, the splitter counted "
                        + lines.length);
            }
            Object[] data = new Object[plans.length];
            String[][] levels = new String[plans.length][];
            for (int j = 0; j < plans.length; j++) {
                data[j] = numbers[j] != null ? numbers[j] : categories[j] != null ? categories[j] : hashes[j];
                if (categories[j] != null) {
                    levels[j] = codes[j].levels().toArray(String[]::new);
                }
                if (codes[j] != null) {
                    distinctBefore[j] = codes[j].levels().size();      // racy between tasks: only a hint
                }
            }
            return new ParsedBatch(index, row, lines, data, levels, violations, firstViolation, error,
                    error == null ? raw.failure() : null, numberProblems);
        }

        /** The physical line of a byte of the batch: the batch starts a line, every line break after counts. */
        private int lineOf(int at) {
            int line = raw.firstLine();
            for (int i = 0; i < at; i++) {
                if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
                    line++;
                }
            }
            return line;
        }

        private NumberProblems numberProblems() {
            if (numberProblems == null) {
                numberProblems = new NumberProblems(plans.length);
            }
            return numberProblems;
        }

        private void lex(int p, int line) {
            if (!lexer.lex(b, p, b.length)) {
                throw new IllegalStateException("a malformed record passed the splitter at line " + line);
            }
        }

        private void fillMissing(int row) {
            for (int j = 0; j < plans.length; j++) {
                if (numbers[j] != null) {
                    numbers[j][row] = Double.NaN;
                } else if (categories[j] != null) {
                    categories[j][row] = CategoricalColumn.MISSING;
                } else if (hashes[j] != null) {
                    hashes[j][row] = IdentifierColumn.MISSING;
                }
            }
        }

        /**
         * Stores the value {@code [s, e)} of column {@code j}; a text in a column declared numeric becomes the row's
         * error and one in a column inferred numeric a pending violation, both kept until the row is complete.
         */
        private void add(int j, int row, int s, int e) {
            int kind = kinds[j];
            if (kind == SKIP) {
                return;
            }
            byte[][] own = plans[j].ownMarkers();
            boolean missing = syntax.isMissing(b, s, e) || own != null && CsvSyntax.matches(own, b, s, e);
            if (kind == CATEGORY) {
                categories[j][row] = missing ? CategoricalColumn.MISSING : codes[j].codeOf(s, e);
            } else if (kind == IDENTIFIER) {
                hashes[j][row] = missing ? IdentifierColumn.MISSING : hash(j, s, e);
            } else {
                double v = missing ? Double.NaN : number(j, s, e);
                if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
                    // no finite number: noted, and kept missing so that no infinity ever reaches a statistic
                    v = Double.NaN;
                    if (!sample) {
                        numberProblems().nonFinite(j, currentLine, Utf8.decode(b, s, e));
                    }
                    numbers[j][row] = v;
                    return;
                }
                numbers[j][row] = v;
                if (!missing && Double.isNaN(v)) {
                    if (kind == DECLARED_NUMBER) {
                        numberProblems().notNumber(j, currentLine, Utf8.decode(b, s, e));
                    } else if (violations[j] == null) {
                        int at = 3 * pendingViolations++;
                        if (at == pending.length) {
                            pending = Arrays.copyOf(pending, pending.length * 2);
                        }
                        pending[at] = j;
                        pending[at + 1] = s;
                        pending[at + 2] = e;
                    }
                }
            }
        }

        /** The number in {@code [s, e)} after the column's normalisation, or {@code NaN} when it is none. */
        private double number(int j, int s, int e) {
            if (codes[j] == null) {
                return ByteNumberParser.value(b, s, e);
            }
            // local codes are handed out 0, 1, 2 ...: a code equal to the count parsed so far is a new value
            int local = codes[j].codeOf(s, e);
            if (local == parsedNumbers[j]) {
                if (local == numberOfCode[j].length) {
                    numberOfCode[j] = Arrays.copyOf(numberOfCode[j], local * 2);
                }
                numberOfCode[j][local] = NumberParser.value(codes[j].levels().get(local));
                parsedNumbers[j]++;
            }
            return numberOfCode[j][local];
        }

        private long hash(int j, int s, int e) {
            if (plans[j].normaliser() != null) {
                return ValueHash.of(plans[j].normaliser().apply(Utf8.decode(b, s, e)));
            }
            // a hash of the bytes equals the hash of the decoded text only when they are valid UTF-8
            return Utf8.isAscii(b, s, e) ? ValueHash.of(b, s, e - s) : ValueHash.of(Utf8.decode(b, s, e));
        }

        private void violate(int j, int line, int s, int e) {
            if (violations[j] == null) {
                violations[j] = new ParsedBatch.Violation(j, line, Utf8.decode(b, s, e));
                if (firstViolation == null) {
                    firstViolation = violations[j];
                }
            }
        }
    }
}

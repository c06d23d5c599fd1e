package io.github.tenken.checks.io;

/**
 * Bad content in a data file, located by file (the path as the user gave it), physical line (1-based), column and
 * value, so the user can open the file at the right place:
 * {@code data/adult.test, line 7, column "age": "abc" is not a number (column declared numeric)}; a byte that is not
 * text is located by its byte offset too:
 * {@code data/x.csv, line 17, byte offset 1234: invalid UTF-8 (byte 0xFC); ...}.
 *
 * <p>Parts that do not apply are left out of the message: {@link #line()} is 0 for a problem of the whole file,
 * {@link #column()} and {@link #value()} are {@code null} when no single column or value is at fault.
 */
public final class DataFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String column;
    private final String value;

    /**
     * A problem at the given place.
     *
     * @param file    the file's name, e.g. {@code adult.test}
     * @param line    the 1-based physical line, or 0 for the whole file
     * @param column  the column at fault, or {@code null}
     * @param value   the offending value as written in the file, or {@code null}
     * @param problem what is wrong, e.g. {@code is not a number (column declared numeric)}
     */
    public DataFileException(String file, int line, String column, String value, String problem) {
        super(message(file, line, column, value, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** A problem of the whole file, e.g. {@code the file is empty}. */
    public static DataFileException ofFile(String file, String problem) {
        return new DataFileException(file, 0, null, null, problem);
    }

    /** A problem of one line, e.g. a row with too few fields. */
    public static DataFileException ofLine(String file, int line, String problem) {
        return new DataFileException(file, line, null, null, problem);
    }

    /** A problem at one byte of the (decompressed) file, counted from 0, e.g. a byte that is not UTF-8. */
    public static DataFileException ofByte(String file, int line, long offset, String problem) {
        return new DataFileException(file, line, null, null, "byte offset " + offset + ": " + problem, true);
    }

    private DataFileException(String file, int line, String column, String value, String problem, boolean atByte) {
        super(file + ", line " + line + ", " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** A problem of one column as a whole, e.g. a label with a single class. */
    public static DataFileException ofColumn(String file, String column, String problem) {
        return new DataFileException(file, 0, column, null, problem);
    }

    /** The file as the user gave it (a path, or the name given with a stream). */
    public String file() {
        return file;
    }

    /** The 1-based physical line, or 0 when the problem concerns the whole file or column. */
    public int line() {
        return line;
    }

    /** The column at fault, or {@code null}. */
    public String column() {
        return column;
    }

    /** The offending value as written in the file, or {@code null}. */
    public String value() {
        return value;
    }

    /** The message of a problem at this place, for other exceptions that locate a value alike. */
    static String message(String file, int line, String column, String value, String problem) {
        StringBuilder m = new StringBuilder(file);
        if (line > 0) {
            m.append(", line ").append(line);
        }
        if (column != null) {
            m.append(", column \"").append(column).append('"');
        }
        m.append(": ");
        if (value != null) {
            m.append('"').append(value).append("\" ");
        }
        return m.append(problem).toString();
    }
}

package io.github.tenken.checks.io;

/**
 * Consecutive whole records of a file as bytes, cut by the {@link RecordSplitter} for one parser task. Blank and
 * junk records between the rows are included (the parser skips them as the splitter did).
 *
 * @param bytes     the records, from the first byte of the first to the line break of the last
 * @param firstLine the 1-based physical line on which the bytes start
 * @param firstOffset the offset of the first byte in the decompressed file
 * @param rows      how many data records (rows) the bytes hold
 * @param failure   the reason the file could not be split further after these records, or {@code null}
 */
record RawBatch(byte[] bytes, int firstLine, long firstOffset, int rows, SplitFailure failure) {

    /**
     * Why the splitter stopped before the end of the file.
     *
     * @param line  the line on which the record that could not be read starts
     * @param cause the I/O error, or {@code null} when the record is not valid CSV
     */
    record SplitFailure(int line, java.io.IOException cause) {
    }
}

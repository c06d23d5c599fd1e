package io.github.tenken.checks.placeholders;

/**
 * A value of one column suspected to stand for "missing".
 *
 * @param value  the value as the data file would write it ({@code 0}, {@code 99999}, {@code n/a})
 * @param rows   rows holding it
 * @param share  its share of the column's present values
 * @param reason why it is suspected
 */
record Placeholder(String value, long rows, double share, Reason reason) {

    /** Why a value is suspected. */
    enum Reason {
        /** A spike at an edge of a numeric range, separated from the other values by a gap. */
        EDGE_SPIKE("edgeSpike"),
        /** A common sentinel number (-1, 99, 999, ...) at an edge of the range, apart or a spike. */
        SENTINEL("sentinel"),
        /** A text such as {@code unknown} or {@code n/a}. */
        TEXT_MARKER("textMarker");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message key suffix. */
        String key() {
            return key;
        }
    }
}

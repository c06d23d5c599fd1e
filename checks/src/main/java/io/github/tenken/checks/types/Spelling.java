package io.github.tenken.checks.types;

import io.github.tenken.checks.io.NumberParser;

import java.util.Locale;
import java.util.regex.Pattern;

/** How {@code b3.types} reads a category's text: as a number, and as its spelling without case and spacing. */
final class Spelling {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private Spelling() {
    }

    /**
     * Whether the text is a number by the CSV reader's own rule ({@link NumberParser}): a plain decimal, not
     * {@code NaN}, {@code Inf} or a number wrapped in spaces, which is what turns a numeric column into text.
     */
    static boolean isNumber(String text) {
        return !Double.isNaN(NumberParser.parse(text));
    }

    /** The text lower-cased (Locale.ROOT) with every run of white space one space and none at either end. */
    static String normalised(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

package io.github.tenken.checks.placeholders;

import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Category values that are common ways of writing "missing": {@code unknown}, {@code n/a}, {@code na}, {@code -},
 * {@code --}, {@code none}, {@code null}, {@code missing}, {@code ?}, {@code .} and the sentinel date
 * {@code 1900-01-01}, compared ignoring case and white space ({@code " N / A "} is {@code n/a}). Every row holding one
 * is suspected, however few: a text marker is never a real value by accident.
 */
final class TextMarkers {

    /** The markers, lower case and without white space. */
    static final Set<String> MARKERS = Set.of("unknown", "n/a", "na", "-", "--", "none", "null", "missing", "?", ".",
            "1900-01-01");

    private TextMarkers() {
    }

    /** The suspected markers of a categorical column, in the order of their values. */
    static List<Placeholder> judge(Frequencies frequencies) {
        long present = frequencies.present();
        List<String> values = frequencies.values();
        long[] counts = frequencies.counts();
        List<Placeholder> out = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0 && isMarker(values.get(code))) {
                out.add(new Placeholder(values.get(code), counts[code], (double) counts[code] / present,
                        Placeholder.Reason.TEXT_MARKER));
            }
        }
        out.sort(java.util.Comparator.comparing(Placeholder::value));
        return out;
    }

    /** Whether a value is a marker once lower-cased and stripped of white space. */
    static boolean isMarker(String value) {
        return value != null && MARKERS.contains(value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    }
}

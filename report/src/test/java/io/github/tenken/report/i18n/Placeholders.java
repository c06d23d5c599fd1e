package io.github.tenken.report.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders of a message pattern: {@code {2}} or {@code {0?row|rows}}. */
final class Placeholders {

    /** One placeholder. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(\\?[^}]*)?}");

    private Placeholders() {
    }

    /** The argument numbers a pattern reads, sorted, each once; empty for {@code null}. */
    static List<Integer> arguments(String pattern) {
        List<Integer> used = new ArrayList<>();
        if (pattern != null) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!used.contains(n)) {
                    used.add(n);
                }
            }
        }
        used.sort(Integer::compare);
        return used;
    }

    /** The highest argument number a pattern reads, or -1. */
    static int highest(String pattern) {
        List<Integer> used = arguments(pattern);
        return used.isEmpty() ? -1 : used.get(used.size() - 1);
    }
}

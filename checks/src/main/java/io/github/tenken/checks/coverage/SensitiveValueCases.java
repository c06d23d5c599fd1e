package io.github.tenken.checks.coverage;

import io.github.tenken.message.Message;

import io.github.tenken.data.Condition;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One implicit case per value of a categorical sensitive attribute: {@code race = Other} and so on. */
final class SensitiveValueCases {

    private SensitiveValueCases() {
    }

    /**
     * A case row for every value present in the training or the test data (matched by value), in order of first
     * appearance; {@code test} is {@code null} when no test data was given.
     */
    static List<CaseRow> of(String attribute, Frequencies training, Frequencies test) {
        Map<String, long[]> byValue = new LinkedHashMap<>();
        add(byValue, training, 0);
        if (test != null) {
            add(byValue, test, 1);
        }
        List<CaseRow> rows = new ArrayList<>();
        byValue.forEach((value, n) -> {
            String name = Condition.equalTo(attribute, value).toString();
            rows.add(new CaseRow(name, Message.of("b1.case-coverage.sensitiveValue", name, attribute), n[0],
                    test == null ? null : n[1], attribute));
        });
        return rows;
    }

    private static void add(Map<String, long[]> byValue, Frequencies f, int slot) {
        long[] counts = f.counts();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                byValue.computeIfAbsent(f.values().get(code), v -> new long[2])[slot] += counts[code];
            }
        }
    }
}

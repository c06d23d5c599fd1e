package io.github.tenken.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category codes of one column, shared by every table of an assessment so that a value has the same code in
 * training, test and operation data.
 *
 * <p>Codes are assigned in order of first appearance and never change: the dictionary only grows. It is
 * thread-safe.
 */
public final class CategoryDictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** An empty dictionary. */
    public CategoryDictionary() {
    }

    /** A dictionary with these values, coded 0, 1, 2 ... in the order given. */
    public static CategoryDictionary of(String... values) {
        CategoryDictionary d = new CategoryDictionary();
        for (String v : values) {
            d.codeOf(v);
        }
        return d;
    }

    /** The code of a value, adding the value when it is new. */
    public synchronized int codeOf(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** The code of a value, or -1 when the dictionary does not hold it. */
    public synchronized int find(String value) {
        return codes.getOrDefault(value, -1);
    }

    /** The value of a code. */
    public synchronized String valueOf(int code) {
        return values.get(code);
    }

    /** How many values the dictionary holds now. */
    public synchronized int size() {
        return values.size();
    }

    /** A copy of the values, indexed by code. */
    public synchronized List<String> values() {
        return List.copyOf(values);
    }
}

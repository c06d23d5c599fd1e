package io.github.tenken.data;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The category codes of one column, shared by every table of an assessment so that a value has the same code in
 * training, test and operation data.
 *
 * <p>Codes are assigned in order of first appearance and never change: the dictionary only grows, so codes read
 * during a scan stay valid and a {@link #snapshot()} taken after it names every code the scan saw. It is
 * thread-safe; reads take no lock.
 */
public final class CategoryDictionary {

    private final ConcurrentHashMap<String, Integer> codes = new ConcurrentHashMap<>();
    private volatile String[] values = new String[8];
    private volatile long[] hashes = new long[8];
    private volatile int size;

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
    public int codeOf(String value) {
        Integer code = codes.get(value);
        return code != null ? code : add(value);
    }

    private synchronized int add(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        int c = size;
        String[] v = values;
        long[] h = hashes;
        if (c == v.length) {
            v = Arrays.copyOf(v, c * 2);
            h = Arrays.copyOf(h, c * 2);
        }
        v[c] = value;
        h[c] = ValueHash.of(value);
        values = v;
        hashes = h;
        size = c + 1;        // published after the value, so a reader who sees the code sees the value
        codes.put(value, c);
        return c;
    }

    /** The code of a value, or -1 when the dictionary does not hold it. */
    public int find(String value) {
        return codes.getOrDefault(value, -1);
    }

    /** The value of a code. */
    public String valueOf(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("no category with code " + code + "; the dictionary holds " + size);
        }
        return values[code];
    }

    /** The {@link ValueHash} of the value of a code. */
    public long valueHash(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("no category with code " + code + "; the dictionary holds " + size);
        }
        return hashes[code];
    }

    /** A copy of the {@link ValueHash}es of the values, indexed by code: for hashing many rows at once. */
    public long[] valueHashes() {
        int n = size;
        return Arrays.copyOf(hashes, n);
    }

    /** How many values the dictionary holds now. */
    public int size() {
        return size;
    }

    /** A copy of the values, indexed by code. */
    public List<String> values() {
        int n = size;
        return List.of(Arrays.copyOf(values, n));
    }

    /** The values as they are now, indexed by code: what a scan's results are named with. */
    public List<String> snapshot() {
        return values();
    }
}

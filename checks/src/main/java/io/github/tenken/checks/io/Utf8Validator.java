package io.github.tenken.checks.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), one
 * byte at a time so that a stream can be checked as it passes, or a whole array with ASCII skipped eight bytes at a
 * time. Both readers use it, so they refuse the same byte with the same words.
 *
 * <p>The bytes named in a message are those of the broken sequence: its lead byte and the continuation bytes that
 * followed it before it broke ({@code 0xE2 0x82} for a euro sign cut short), or the single stray byte.
 */
final class Utf8Validator {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;

    private int need;            // continuation bytes still expected
    private int low = 0x80;      // range of the next continuation byte
    private int high = 0xBF;
    private final byte[] sequence = new byte[4];
    private int length;
    private byte[] broken;

    /** Whether no sequence is open: the next byte starts a character. */
    boolean atBoundary() {
        return need == 0;
    }

    /**
     * Takes the next byte; returns {@code false} when it breaks the sequence (then {@link #broken()} holds the broken
     * sequence, which does not include this byte when it could start a new one, and the validator is reset).
     */
    boolean accept(int b) {
        b &= 0xFF;
        if (need > 0) {
            if (b >= low && b <= high) {
                sequence[length++] = (byte) b;
                need--;
                low = 0x80;
                high = 0xBF;
                return true;
            }
            fail();
            return false;
        }
        if (b < 0x80) {
            return true;
        }
        length = 0;
        sequence[length++] = (byte) b;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            fail();
            return false;
        }
        return true;
    }

    /** Ends the input: returns {@code false} when a sequence is cut short by the end. */
    boolean finish() {
        if (need > 0) {
            fail();
            return false;
        }
        return true;
    }

    /** The bytes of the last broken sequence. */
    byte[] broken() {
        return broken;
    }

    private void fail() {
        broken = java.util.Arrays.copyOf(sequence, length);
        need = 0;
        low = 0x80;
        high = 0xBF;
        length = 0;
    }

    /**
     * The index of the first byte of the first broken sequence in {@code [from, to)}, which ends at a character
     * boundary, or -1 when the bytes are well-formed; {@link #broken()} then holds the sequence.
     */
    int firstInvalid(byte[] b, int from, int to) {
        int p = from;
        while (p < to) {
            if (p + 8 <= to && ((long) LONGS.get(b, p) & HIGHS) == 0) {
                p += 8;
                continue;
            }
            if (b[p] >= 0) {
                p++;
                continue;
            }
            int start = p;
            do {
                if (!accept(b[p])) {
                    return start;
                }
                p++;
            } while (need > 0 && p < to);
            if (!finish()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The problem of a broken sequence, e.g. {@code invalid UTF-8 (byte 0xFC); if the file is Latin-1, set
     * "encoding": "ISO-8859-1"}.
     */
    static String problem(byte[] broken) {
        StringBuilder s = new StringBuilder("invalid UTF-8 (").append(broken.length == 1 ? "byte" : "bytes");
        for (byte x : broken) {
            s.append(String.format(Locale.ROOT, " 0x%02X", x & 0xFF));
        }
        return s.append("); if the file is Latin-1, set \"encoding\": \"ISO-8859-1\" (CsvOptions.encoding)")
                .toString();
    }
}

package io.github.tenken.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash of a value's UTF-8 text, the same whether the value comes as a {@link String} or as bytes of a file,
 * so that a value hashes alike in every representation (a dictionary entry, an identifier column, a Spark row).
 * Never 0: that is reserved for "missing" in an {@link IdentifierColumn}.
 *
 * <p>Eight bytes at a time through a multiply-xorshift mix; two different values collide with a probability of
 * about 2^-64.
 */
public final class ValueHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x2545F4914F6CDD1DL;

    private ValueHash() {
    }

    /** The hash of a string's UTF-8 bytes. */
    public static long of(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return of(b, 0, b.length);
    }

    /** The hash of {@code length} bytes from {@code offset}. */
    public static long of(byte[] bytes, int offset, int length) {
        long h = SEED ^ (length * 0x9E3779B97F4A7C15L);
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            h = mix(h ^ (long) LONGS.get(bytes, i));
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        h = mix(h ^ tail ^ 0x5851F42D4C957F2DL);
        return h == 0 ? 1 : h;
    }

    /** MurmurHash3's 64-bit finaliser after an add: every input bit reaches every output bit. */
    public static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }
}

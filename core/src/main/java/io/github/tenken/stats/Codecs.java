package io.github.tenken.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Writing and reading the arrays analyzer states are made of: a length, then the elements. */
public final class Codecs {

    private static final int LIMIT = Integer.MAX_VALUE - 8;

    private Codecs() {
    }

    /** Writes a long array. */
    public static void writeLongs(long[] a, DataOutput out) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    /** Reads a long array. */
    public static long[] readLongs(DataInput in) throws IOException {
        long[] a = new long[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    /** Writes the first {@code n} elements of a double array. */
    public static void writeDoubles(double[] a, int n, DataOutput out) throws IOException {
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeDouble(a[i]);
        }
    }

    /** Reads a double array. */
    public static double[] readDoubles(DataInput in) throws IOException {
        double[] a = new double[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    /** Writes an int array. */
    public static void writeInts(int[] a, int n, DataOutput out) throws IOException {
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeInt(a[i]);
        }
    }

    /** Reads an int array. */
    public static int[] readInts(DataInput in) throws IOException {
        int[] a = new int[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > LIMIT) {
            throw new IOException("array length " + n + " in an analyzer state");
        }
        return n;
    }
}

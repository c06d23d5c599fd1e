package io.github.tenken.stats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes and reads an analyzer's state in a versioned binary form: what a distributed executor ships from a worker
 * to the node that merges.
 *
 * @param <S> the state
 */
public interface StateCodec<S> {

    /** The version of the format {@link #write} produces; {@link #read} accepts this version only. */
    int version();

    /** Writes the state's content (the version is written by {@link #toBytes}). */
    void write(S state, DataOutput out) throws IOException;

    /** Reads a state written by {@link #write} of the same version. */
    S read(DataInput in) throws IOException;

    /** The state as bytes: a magic number, the version, the content. */
    default byte[] toBytes(S state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(version());
            write(state, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A state from {@link #toBytes}; a clear error when the bytes are of another version or no state at all. */
    default S fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IllegalArgumentException("not a Tenken analyzer state (magic " + Integer.toHexString(magic)
                        + ")");
            }
            int v = in.readInt();
            if (v != version()) {
                throw new IllegalArgumentException("analyzer state of format version " + v + "; this Tenken reads "
                        + "version " + version() + " (the same Tenken version must run on every node)");
            }
            S state = read(in);
            if (in.read() != -1) {
                throw new IllegalArgumentException("analyzer state has bytes after its end");
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first four bytes of every state: "TKST". */
    int MAGIC = 0x544B5354;
}

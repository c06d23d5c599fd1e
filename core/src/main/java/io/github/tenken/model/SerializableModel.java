package io.github.tenken.model;

/**
 * A model that can be written to bytes and read back, as a deployment stores and loads it. {@code d1.round-trip}
 * (guideline D-1.2a) writes the model, reads it back and requires the reloaded model to predict the test data bit
 * for bit as the original does.
 *
 * <pre>{@code
 * byte[] stored = model.toBytes();
 * Model loaded = model.fromBytes(stored);   // predicts exactly as model does
 * }</pre>
 */
public interface SerializableModel extends Model {

    /** The model as bytes, everything {@link #fromBytes} needs to rebuild it. */
    byte[] toBytes();

    /**
     * A new model read from bytes written by {@link #toBytes} (of this model or one of its kind); it shares no
     * mutable state with this one.
     */
    Model fromBytes(byte[] bytes);
}

package io.github.tenken.report.json;

/**
 * Options for {@link JsonReport}: whether wall-clock fields ({@code startedAt}, {@code duration}) are written.
 *
 * <p>Without timings, two runs of the same assessment with the same seed give byte-identical JSON, which makes the
 * output diffable and usable as a golden file.
 *
 * @param includeTimings whether {@code startedAt} and {@code duration} are written
 */
public record JsonOptions(boolean includeTimings) {

    /** Every field, timings included: what {@link JsonReport#write} writes by default. */
    public static JsonOptions defaults() {
        return new JsonOptions(true);
    }

    /** Every field except {@code startedAt} and {@code duration}, of the result and of each check's provenance. */
    public static JsonOptions withoutTimings() {
        return new JsonOptions(false);
    }
}

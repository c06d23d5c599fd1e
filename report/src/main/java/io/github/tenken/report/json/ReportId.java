package io.github.tenken.report.json;

import io.github.tenken.result.AssessmentResult;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id of a report: SHA-256 of the result's JSON without its timestamps and durations (and without the id
 * itself), in lower-case hex. Equal inputs and seed give equal ids on one platform, so a signed report can be
 * matched to the assessment that made it; every report format writes the same id.
 *
 * <pre>{@code
 * String id = ReportId.of(result);   // "3f9a..." (64 hex digits)
 * }</pre>
 */
public final class ReportId {

    private ReportId() {
    }

    /** The id of the report of this result. */
    public static String of(AssessmentResult result) {
        Objects.requireNonNull(result, "result");
        return sha256(JsonReport.body(result, JsonOptions.withoutTimings()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

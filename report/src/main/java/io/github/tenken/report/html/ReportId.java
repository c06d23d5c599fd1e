package io.github.tenken.report.html;

import io.github.tenken.result.AssessmentResult;
import io.github.tenken.data.DatasetFingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The report's id until the result carries its own hash: the first 16 hex digits of SHA-256 over what identifies the
 * assessment (component, library version, seed, start time, the datasets' content hashes, the model's description,
 * the verdict). Two reports of the same run share it; a different run, data set or model changes it.
 */
final class ReportId {

    private ReportId() {
    }

    static String of(AssessmentResult r) {
        StringBuilder text = new StringBuilder();
        text.append(r.component().name()).append('\n').append(r.libraryVersion()).append('\n').append(r.seed())
                .append('\n').append(r.startedAt()).append('\n').append(r.model()).append('\n').append(r.verdict());
        for (DatasetFingerprint d : r.datasets()) {
            text.append('\n').append(d.role()).append(' ').append(d.name()).append(' ').append(d.contentHash());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

package io.github.tenken.result;

import io.github.tenken.internal.Preconditions;

/**
 * What identifies the assessed model: a hash of its bytes, the algorithm, and what was hashed.
 *
 * @param algorithm the hash algorithm, {@code SHA-256}
 * @param hex       the hash in lower-case hex
 * @param subject   what was hashed: {@code model bytes} (a serialisable model) or {@code file <path>}
 */
public record ModelIdentity(String algorithm, String hex, String subject) {

    public ModelIdentity {
        Preconditions.notBlank(algorithm, "hash algorithm");
        Preconditions.notBlank(hex, "hash");
        Preconditions.notBlank(subject, "what was hashed");
    }
}

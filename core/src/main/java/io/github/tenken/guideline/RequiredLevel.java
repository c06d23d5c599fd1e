package io.github.tenken.guideline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The level a quality profile requires of one internal characteristic: one level per scale of the characteristic
 * (for B-2 an S level and an E level), and the external levels that drove it.
 *
 * @param characteristic the internal characteristic
 * @param levels         one level per scale in {@link InternalCharacteristic#scales()} order; rank 0 where nothing
 *                       is required on that scale
 * @param drivenBy       labels of the external levels whose row gave the maximum, e.g. {@code [AISL 0.1, AIPL 1]}
 */
public record RequiredLevel(InternalCharacteristic characteristic, List<InternalLevel> levels, List<String> drivenBy) {

    public RequiredLevel {
        levels = List.copyOf(levels);
        drivenBy = List.copyOf(drivenBy);
    }

    /** The required level on one scale (rank 0 when the scale does not apply). */
    public InternalLevel on(LevelScale scale) {
        return levels.stream().filter(l -> l.scale() == scale).findFirst().orElse(new InternalLevel(scale, 0));
    }

    /** Whether anything is required. */
    public boolean isRequired() {
        return levels.stream().anyMatch(l -> !l.isNone());
    }

    /** {@code 2}, {@code S1 + E1}, {@code E2}, or {@code -} when nothing is required. */
    public String label() {
        return label(levels);
    }

    static String label(List<InternalLevel> levels) {
        String s = levels.stream().filter(l -> !l.isNone()).map(InternalLevel::toString)
                .collect(Collectors.joining(" + "));
        return s.isEmpty() ? "-" : s;
    }
}

package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;

/**
 * A risk recorded under A-1 (its cause, guideline A-1.1a) with the data attributes it concerns; declared cases must
 * cover it (A-2.1a), which {@code a2.risk-traceability} traces. A case covers a risk when it names it, or when one of
 * its conditions reads one of the risk's attributes.
 *
 * <pre>{@code
 * Risk.of("R1", "under-represented older women", "sex", "age");
 * }</pre>
 *
 * @param id         the risk's id, e.g. {@code R1}
 * @param cause      its cause, in words
 * @param attributes the columns that carry it; may be empty
 */
public record Risk(String id, String cause, List<String> attributes) {

    public Risk {
        Preconditions.notBlank(id, "risk id");
        Preconditions.notBlank(cause, "cause of risk " + id);
        attributes = List.copyOf(attributes);
        attributes.forEach(a -> Preconditions.notBlank(a, "attribute of risk " + id));
    }

    /** A risk of these attributes. */
    public static Risk of(String id, String cause, String... attributes) {
        return new Risk(id, cause, List.of(attributes));
    }

    /** Whether the case covers this risk: it names the risk, or a condition reads one of its attributes. */
    public boolean coveredBy(CaseDefinition c) {
        return c.risks().contains(id) || c.conditions().stream().anyMatch(k -> attributes.contains(k.column()));
    }
}

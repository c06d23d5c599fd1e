package io.github.tenken.report.html;

import io.github.tenken.report.i18n.Messages;

import java.util.List;

/** The glossary at the end of the HTML report: the terms a reader meets, defined in the report's language. */
public final class Glossary {

    /** The ids of the terms, in the order shown; each has {@code glossary.<id>.term} and {@code .text} labels. */
    public static final List<String> TERMS = List.of("AISL", "AIPL", "AIFL", "AIPrL", "internal", "level", "item",
            "kind", "status", "ci", "bootstrap", "ks", "chisq", "bh", "di", "fingerprint");

    private Glossary() {
    }

    /**
     * One glossary entry.
     *
     * @param id         the term's id, used as its anchor
     * @param term       the term
     * @param definition its definition
     */
    public record Entry(String id, String term, String definition) {
    }

    static List<Entry> entries(Messages messages) {
        return TERMS.stream().map(id -> new Entry(id, messages.get("glossary." + id + ".term"),
                messages.get("glossary." + id + ".text"))).toList();
    }
}

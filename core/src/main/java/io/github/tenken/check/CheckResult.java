package io.github.tenken.check;

import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.Optional;

/**
 * The immutable result of one check in an assessment: which check, for which characteristic and level items, its
 * verdict and sentence, measures, tables, charts, and provenance.
 *
 * @param checkId        the check's id
 * @param title          the check's title
 * @param characteristic the internal characteristic it serves
 * @param items          the level items it supports
 * @param status         the verdict
 * @param explanation    one sentence
 * @param measures       measures with criteria
 * @param tables         tables as data
 * @param charts         charts as data
 * @param error          the cause of an ERROR; empty otherwise
 * @param provenance     where the result came from
 * @param parts          the measured parts of its items it shows, as {@code item:part}
 */
public record CheckResult(String checkId, String title, InternalCharacteristic characteristic, List<String> items,
                          Status status, Message explanation, List<Measure> measures, List<ResultTable> tables,
                          List<Chart> charts, String error, Provenance provenance, List<String> parts) {

    public CheckResult {
        items = List.copyOf(items);
        parts = List.copyOf(parts);
        measures = List.copyOf(measures);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        error = error == null ? "" : error;
    }

    /** A result that shows no measured part of an item. */
    public CheckResult(String checkId, String title, InternalCharacteristic characteristic, List<String> items,
                       Status status, Message explanation, List<Measure> measures, List<ResultTable> tables,
                       List<Chart> charts, String error, Provenance provenance) {
        this(checkId, title, characteristic, items, status, explanation, measures, tables, charts, error, provenance,
                List.of());
    }

    /** Whether it shows this measured part of this item. */
    public boolean shows(String item, String part) {
        return parts.contains(item + ":" + part);
    }

    /** The measure of this name, if the check reported one. */
    public Optional<Measure> measure(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}

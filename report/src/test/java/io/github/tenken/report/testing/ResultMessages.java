package io.github.tenken.report.testing;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every {@link Message} a result holds, and the verbatim texts (data values, names, ids) their arguments carry. */
public final class ResultMessages {

    private ResultMessages() {
    }

    /**
     * The messages a renderer shows, each with where it sits: item notes, then for every check its explanation, the
     * methods of its intervals, its tables' titles and message cells, its charts' titles, axis titles and legends.
     */
    public static List<Located> of(AssessmentResult result) {
        List<Located> out = new ArrayList<>();
        for (CharacteristicResult c : result.characteristics()) {
            for (ItemResult item : c.items()) {
                add(out, "item " + item.itemId() + " note", item.note());
            }
        }
        for (CheckResult check : result.checks()) {
            String at = "check " + check.checkId();
            add(out, at + " explanation", check.explanation());
            for (Measure m : check.measures()) {
                if (m.interval() != null) {
                    add(out, at + " measure " + m.name() + " interval", m.interval().method());
                }
            }
            for (ResultTable t : check.tables()) {
                add(out, at + " table " + t.name() + " title", t.title());
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int k = 0; k < t.columns().size(); k++) {
                        if (t.rows().get(r).get(k) instanceof Message m) {
                            add(out, at + " table " + t.name() + " row " + r + " " + t.columns().get(k), m);
                        }
                    }
                }
            }
            for (Chart chart : check.charts()) {
                add(out, at + " chart " + chart.name() + " title", chart.title());
                add(out, at + " chart " + chart.name() + " x axis", chart.xLabel());
                add(out, at + " chart " + chart.name() + " y axis", chart.yLabel());
                for (ChartSeries s : chart.series()) {
                    add(out, at + " chart " + chart.name() + " series " + s.key(), s.label());
                }
            }
        }
        return out;
    }

    /** The message and every message nested in its arguments, outermost first. */
    public static List<Message> withNested(Message message) {
        List<Message> out = new ArrayList<>();
        collect(message, out);
        return out;
    }

    /**
     * Every verbatim text of the result's messages ({@link Arg.Text}, literals included): what a renderer shows as
     * it is in every language (column names, data values, ids, criteria).
     */
    public static Set<String> verbatimTexts(AssessmentResult result) {
        Set<String> texts = new LinkedHashSet<>();
        for (Located l : of(result)) {
            for (Message m : withNested(l.message())) {
                m.args().forEach(a -> texts(a, texts));
            }
        }
        return texts;
    }

    private static void texts(Arg arg, Set<String> out) {
        if (arg instanceof Arg.Text t) {
            out.add(t.value());
        } else if (arg instanceof Arg.Join j) {
            j.items().forEach(a -> texts(a, out));
        }
    }

    private static void collect(Message m, List<Message> out) {
        out.add(m);
        for (Arg a : m.args()) {
            collect(a, out);
        }
    }

    private static void collect(Arg a, List<Message> out) {
        if (a instanceof Arg.Nested n) {
            collect(n.message(), out);
        } else if (a instanceof Arg.Join j) {
            j.items().forEach(i -> collect(i, out));
        }
    }

    private static void add(List<Located> out, String where, Message message) {
        if (message != null) {
            out.add(new Located(where, message));
        }
    }

    /**
     * A message and where it sits in the result.
     *
     * @param where   e.g. {@code check b3.duplicates explanation}
     * @param message the message
     */
    public record Located(String where, Message message) {
    }
}

package io.github.tenken.report.html;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.Optional;

/**
 * The positive class a check used, as its result states it today: the argument of the sentence that names it
 * ({@code positiveClass.default}, {@code c1.classification.auc}) or the {@code class} column of a per-group table.
 * Once the result holds the resolved positive class itself, {@link #of} is the one method to change.
 */
final class PositiveClass {

    private PositiveClass() {
    }

    /** The positive class a check named, if any. */
    static Optional<String> of(CheckResult check) {
        Optional<String> named = find(check.explanation());
        if (named.isPresent()) {
            return named;
        }
        for (ResultTable t : check.tables()) {
            if (t.columnIndex("class") >= 0 && t.columnIndex("selection_rate") >= 0 && !t.rows().isEmpty()
                    && t.cell(0, "class") instanceof String s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Message m) {
        if (m.key().equals("positiveClass.default") && !m.args().isEmpty()) {
            return text(m.args().get(0));
        }
        if (m.key().equals("c1.classification.auc") && m.args().size() > 1) {
            return text(m.args().get(1));
        }
        for (Arg a : m.args()) {
            Optional<String> found = inside(a);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inside(Arg a) {
        if (a instanceof Arg.Nested n) {
            return find(n.message());
        }
        if (a instanceof Arg.Join j) {
            for (Arg item : j.items()) {
                Optional<String> found = inside(item);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Arg a) {
        return a instanceof Arg.Text t && !t.value().isBlank() ? Optional.of(t.value()) : Optional.empty();
    }
}

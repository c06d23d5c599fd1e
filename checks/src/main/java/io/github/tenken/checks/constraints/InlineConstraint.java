package io.github.tenken.checks.constraints;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A rule written in code as a lambda over a whole dataset, declared with
 * {@link Constraints.Builder#check(String, ToLongFunction)}: given the table, it returns how many of its rows break
 * the rule. It needs no services file and no rule syntax, so it can say anything Java can; in exchange the check
 * cannot list which rows broke it, and the dataset is held in memory while it runs.
 *
 * <pre>{@code
 * Constraints.builder().check("capital gain is never negative", table -> {
 *     NumericColumn gain = table.numeric("capital-gain");
 *     return IntStream.range(0, table.rowCount()).filter(i -> !gain.isMissing(i) && gain.get(i) < 0).count();
 * });
 * }</pre>
 *
 * <p>Equal only to itself (a lambda has no value equality). An exception thrown by the lambda, or a count outside
 * {@code 0 ..} the table's rows, makes {@code b3.constraints} an ERROR that names the rule.
 *
 * @param name          what the rule says, shown in the report and in an error
 * @param violatingRows counts the rows of the table that break the rule
 */
public record InlineConstraint(String name, ToLongFunction<Table> violatingRows) {

    public InlineConstraint {
        Preconditions.notBlank(name, "name of an inline constraint");
        Objects.requireNonNull(violatingRows, "the lambda of inline constraint \"" + name + "\"");
    }

    /** The rule as a reader sees it in a table: its name. */
    public Message describe() {
        return Message.of("b3.constraints.rule.inline", name);
    }

    /**
     * Runs the lambda on one dataset.
     *
     * @return the rows that break the rule
     * @throws IllegalStateException when the count is not between 0 and the table's rows
     */
    long count(Table table) {
        long n = violatingRows.applyAsLong(table);
        if (n < 0 || n > table.rowCount()) {
            throw new IllegalStateException("returned " + n + " violating rows; expected a count between 0 and the "
                    + table.rowCount() + " rows of the table");
        }
        return n;
    }
}

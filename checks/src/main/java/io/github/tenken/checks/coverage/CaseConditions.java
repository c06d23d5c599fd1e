package io.github.tenken.checks.coverage;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.Column;
import io.github.tenken.data.Condition;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

/**
 * Validates a case against a table before the scan, so that a case naming an unknown column, or a range on a
 * categorical column, is this check's error rather than a failure in the middle of the shared scan.
 */
final class CaseConditions {

    private CaseConditions() {
    }

    /** Fails with a message naming the case, the condition and the table unless every condition can be evaluated. */
    static void requireApplicable(CaseDefinition c, Table table) {
        for (Condition cond : c.conditions()) {
            Column column = table.find(cond.column()).orElseThrow(() -> new IllegalArgumentException("case \""
                    + c.name() + "\": condition " + cond + " names column \"" + cond.column() + "\", not found in "
                    + table.name() + "; columns are " + table.columnNames()));
            if (cond.isRange() && !(column instanceof NumericColumn)) {
                throw new IllegalArgumentException("case \"" + c.name() + "\": condition " + cond
                        + " is a range but column \"" + cond.column() + "\" of " + table.name() + " is categorical");
            }
        }
    }
}

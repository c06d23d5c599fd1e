package io.github.tenken.checks.coverage;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.Schema;

/**
 * Validates a case against a table before the scan, so that a case naming an unknown column, or a range on a
 * categorical column, is this check's error rather than a failure in the middle of the shared scan.
 */
final class CaseConditions {

    private CaseConditions() {
    }

    /** Fails with a message naming the case, the condition and the dataset unless every condition can be evaluated. */
    static void requireApplicable(CaseDefinition c, Schema schema, String dataset) {
        for (Condition cond : c.conditions()) {
            if (!schema.has(cond.column())) {
                throw new IllegalArgumentException("case \"" + c.name() + "\": condition " + cond + " names column \""
                        + cond.column() + "\", not found in " + dataset + "; columns are " + schema.names());
            }
            ColumnType type = schema.type(cond.column());
            if (cond.isRange() && type != ColumnType.NUMERIC) {
                throw new IllegalArgumentException("case \"" + c.name() + "\": condition " + cond
                        + " is a range but column \"" + cond.column() + "\" of " + dataset + " is " + type.key());
            }
            if (!cond.isRange() && type == ColumnType.IDENTIFIER) {
                throw new IllegalArgumentException("case \"" + c.name() + "\": condition " + cond
                        + " names values but column \"" + cond.column() + "\" of " + dataset + " is an identifier "
                        + "column, kept as hashes; declare it categorical to use it in a case");
            }
        }
    }
}

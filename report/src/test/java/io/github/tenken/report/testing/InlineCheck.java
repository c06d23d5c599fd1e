package io.github.tenken.report.testing;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.DatasetRole;

import java.util.function.Function;

/**
 * A check written inline in a test: a descriptor and what it returns. While planning it says it reads the rows of
 * every dataset its descriptor names as an input, so its body may read them as tables.
 */
public record InlineCheck(CheckDescriptor descriptor, Function<CheckContext, Outcome> body) implements Check {

    @Override
    public CheckRun plan(PlanContext ctx) {
        for (Input in : descriptor.sortedInputs()) {
            switch (in) {
                case TRAINING_DATA -> ctx.needsRows(DatasetRole.TRAINING);
                case TEST_DATA -> ctx.needsRows(DatasetRole.TEST);
                case OPERATION_DATA -> ctx.needsRows(DatasetRole.OPERATION);
                default -> {
                }
            }
        }
        return body::apply;
    }
}

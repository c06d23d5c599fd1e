package io.github.tenken.report.testing;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Outcome;

import java.util.function.Function;

/** A check written inline in a test: a descriptor and what it returns. */
public record InlineCheck(CheckDescriptor descriptor, Function<CheckContext, Outcome> body) implements Check {

    @Override
    public Outcome run(CheckContext context) {
        return body.apply(context);
    }
}

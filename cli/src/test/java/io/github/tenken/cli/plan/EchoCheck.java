package io.github.tenken.cli.plan;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;

import java.util.stream.Collectors;

/** A test check that reports back what the plan gave it: its parameter, the cases, roles and data sizes. */
final class EchoCheck implements Check {

    private final String id;

    EchoCheck(String id) {
        this.id = id;
    }

    @Override
    public CheckDescriptor descriptor() {
        return CheckDescriptor.builder(id, "echo", InternalCharacteristic.C_1)
                .items("C-1.1b")
                .needs(Input.TRAINING_DATA)
                .parameters(ParameterSpec.real("threshold", 0.5, 0, 1, "a number echoed back"))
                .criteria("threshold <= 0.9")
                .build();
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        return run -> Outcome.builder()
                .measure(Measure.of("threshold", run.parameters().getDouble("threshold"), "")
                        .judgedBy(run.criterion("threshold").orElse(null)))
                .measure(Measure.of("training_rows", run.rows(DatasetRole.TRAINING), "rows"))
                .measure(Measure.of("test_rows", run.has(DatasetRole.TEST) ? run.rows(DatasetRole.TEST) : 0, "rows"))
                .explanation(Message.literal("cases: " + run.cases().stream().map(c -> c.name() + " = " + c.describe())
                        .collect(Collectors.joining("; ")) + "; roles: " + run.roles()))
                .build();
    }
}

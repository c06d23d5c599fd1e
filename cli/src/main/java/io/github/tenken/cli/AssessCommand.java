package io.github.tenken.cli;

import io.github.tenken.cli.plan.Plan;
import io.github.tenken.cli.plan.PlanAssembler;
import io.github.tenken.cli.plan.PlanReader;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code tenken assess --plan plan.json}: runs the assessment a JSON plan describes and writes its report. Exits 0
 * when every required level is met, 1 when one is not, 2 when the run could not be done.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Run the assessment a JSON plan describes and write its report.",
                "Exit code: 0 every required level is met, 1 a required level is not met, 2 the run could not be done."})
final class AssessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Option(names = "--plan", required = true, paramLabel = "FILE",
            description = "The plan: component, profile, datasets, model, cases, checks, answers (JSON).")
    private String plan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = report.texts();
        Progress progress = new Progress(spec.commandLine().getErr(), texts);
        Path file = Path.of(plan);
        progress.step("cli.progress.readingPlan", plan);
        Plan parsed = PlanReader.read(file, plan);
        CheckCatalog catalog = CheckCatalog.discover();
        catalog.problems().forEach(p -> spec.commandLine().getErr().println("tenken: warning: a check could not be "
                + "loaded and is left out: " + p));
        Assessment assessment = PlanAssembler.assemble(file, plan, parsed, catalog.checks(), progress::step);
        if (!assessment.unreachableItems().isEmpty()) {
            spec.commandLine().getErr().println("tenken: warning: " + texts.render(
                    io.github.tenken.message.Message.of("cli.warning.unreachable", assessment.unreachableItems())));
        }
        progress.step("cli.progress.runningChecks");
        AssessmentResult result = assessment.run();
        progress.step("cli.progress.writingReport");
        ReportFiles files = report.write(result);
        out.print(ResultSummary.render(result, files.html().toAbsolutePath().normalize().toString(), texts));
        out.flush();
        progress.done();
        return result.meetsRequiredLevels() ? TenkenCli.EXIT_MET : TenkenCli.EXIT_NOT_MET;
    }
}

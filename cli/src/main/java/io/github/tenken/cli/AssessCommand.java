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
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tenken assess --plan plan.json}: runs the assessment a JSON plan describes and writes its report. Exits 0
 * when every required level is met, 1 when one is not because of measured evidence, 2 when the run could not be done,
 * 3 when only process answers are missing ({@link ExitCode}). An answer left empty (as {@code tenken init} writes
 * them) counts as not given, and the summary names those items.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Run the assessment a JSON plan describes and write its report.",
                "Exit codes:",
                "  0  every required level is met",
                "  1  a required level is not met: a check failed or could not run, or no check measured an item",
                "  2  the assessment could not run (bad command line, plan or data, I/O error)",
                "  3  a required level is not met only because process answers are missing",
                "An answer left empty (\"answer\": \"\", as `tenken init` writes them) counts as not given."})
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
        java.time.ZoneId zone = PlanReader.timeZone(parsed, plan).orElse(java.time.ZoneOffset.UTC);
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
        ReportFiles files = report.write(result, zone);
        out.print(ResultSummary.render(result, files.html().toAbsolutePath().normalize().toString(), texts));
        List<String> unfilled = PlanReader.unfilledAnswers(parsed);
        if (!unfilled.isEmpty()) {
            out.println(texts.format("cli.summary.unfilled", unfilled.size(), String.join(", ", unfilled)));
        }
        out.flush();
        progress.done();
        return ExitCode.of(result);
    }
}

package io.github.tenken.cli;

import io.github.tenken.samples.AdultDemo;
import io.github.tenken.engine.Assessment;
import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tenken demo}: assesses an income pre-screening model on the Adult census data shipped with Tenken and
 * writes its report. Exits 0 whenever the assessment ran: the verdict is in the report, not in the exit code.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Assess a random forest trained on the shipped UCI Adult census data and write its report.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees in the random forest (default: ${DEFAULT-VALUE}).")
    private int trees;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--lifecycle", description = "Also assess the model over its life (C-2, E-1): operation data in "
            + "windows, a reference model in operation, retraining with other seeds and folds.")
    private boolean lifecycle;

    @Override
    public Integer call() {
        if (trees < 1) {
            throw new ParameterException(spec.commandLine(), "--trees must be at least 1, was " + trees);
        }
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = report.texts();
        Progress progress = new Progress(spec.commandLine().getErr(), texts);
        Assessment assessment = lifecycle
                ? AdultDemo.lifecycleAssessment(trees, seed, progress, report.language.language())
                : AdultDemo.assessment(trees, seed, progress, report.language.language());
        progress.step("cli.progress.runningNChecks", AdultDemo.checks().size());
        AssessmentResult result = assessment.run();
        progress.step("cli.progress.writingReport");
        ReportFiles files = report.write(result);
        out.print(ResultSummary.render(result, files.html().toAbsolutePath().normalize().toString(), texts));
        out.flush();
        progress.done();
        return TenkenCli.EXIT_MET;
    }
}

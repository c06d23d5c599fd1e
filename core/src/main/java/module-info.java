/**
 * Tenken's core: the guideline model, the check contract, the scan engine, results and their messages. It needs
 * the JDK only. The {@code internal} package is shared with Tenken's own modules and exported to no one else.
 */
module io.github.tenken.core {
    exports io.github.tenken.check;
    exports io.github.tenken.data;
    exports io.github.tenken.engine;
    exports io.github.tenken.evidence;
    exports io.github.tenken.guideline;
    exports io.github.tenken.message;
    exports io.github.tenken.model;
    exports io.github.tenken.result;
    exports io.github.tenken.stats;
    exports io.github.tenken.internal to io.github.tenken.checks, io.github.tenken.smile, io.github.tenken.samples,
            io.github.tenken.report, io.github.tenken.junit, io.github.tenken.cli, io.github.tenken.onnx,
            io.github.tenken.spark, io.github.tenken.benchmarks;

    uses io.github.tenken.check.Check;
}

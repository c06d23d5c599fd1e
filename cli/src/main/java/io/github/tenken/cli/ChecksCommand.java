package io.github.tenken.cli;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Input;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.internal.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tenken checks}: lists the check catalogue found on the class path as an aligned text table. */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "List the available checks: id, characteristic, level items, inputs, parameters "
                + "(default and range), default criteria and the measures a criterion may name "
                + "(name.* stands for one measure per column, class or group, e.g. flip_rate.age).")
final class ChecksCommand implements Callable<Integer> {

    private static final int MEASURES_WIDTH = 40;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CheckCatalog catalog = CheckCatalog.discover();
        catalog.problems().forEach(p -> spec.commandLine().getErr().println("tenken: warning: a check could not be "
                + "loaded and is left out: " + p));
        List<Check> checks = catalog.checks();
        spec.commandLine().getOut().print(render(checks));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The table of the given checks, followed by a count line. */
    static String render(List<Check> checks) {
        TextTable table = new TextTable("id", "characteristic", "level items", "inputs", "parameters (default, range)",
                "default criteria", "measures").blankLineBetweenRows();
        for (Check check : checks) {
            CheckDescriptor d = check.descriptor();
            table.row(d.id(), d.characteristic().code(), items(d),
                    d.sortedInputs().stream().map(Input::description).collect(Collectors.joining("\n")),
                    d.parameters().stream().map(ChecksCommand::parameter).collect(Collectors.joining("\n")),
                    d.defaultCriteria().stream().map(Criterion::toString).collect(Collectors.joining("\n")),
                    measures(d.measures()));
        }
        return table.render() + "\n" + checks.size() + (checks.size() == 1 ? " check\n" : " checks\n");
    }

    /** The measure names, comma-separated, wrapped into lines of at most {@value #MEASURES_WIDTH} characters. */
    static String measures(List<String> names) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (int i = 0; i < names.size(); i++) {
            String piece = names.get(i) + (i < names.size() - 1 ? "," : "");
            if (line > 0 && line + 1 + piece.length() > MEASURES_WIDTH) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
    }

    /** {@code B-3.1b (gaps), B-3.1c}: each item with the measured part the check shows of it. */
    private static String items(CheckDescriptor d) {
        return d.items().stream().map(item -> {
            List<String> parts = d.parts().stream().filter(p -> p.startsWith(item + ":"))
                    .map(p -> p.substring(item.length() + 1)).toList();
            return parts.isEmpty() ? item : item + " (" + String.join(", ", parts) + ")";
        }).collect(Collectors.joining(", "));
    }

    /** {@code bootstrap = 1000 [50, 100000]}, {@code positiveClass = ""}. */
    static String parameter(ParameterSpec p) {
        String value = p.defaultValue().isEmpty() ? "\"\"" : p.defaultValue();
        String range = "";
        if (p.min() != null || p.max() != null) {
            range = " [" + (p.min() == null ? "" : Formats.number(p.min())) + ", "
                    + (p.max() == null ? "" : Formats.number(p.max())) + "]";
        }
        return p.name() + " = " + value + range;
    }
}

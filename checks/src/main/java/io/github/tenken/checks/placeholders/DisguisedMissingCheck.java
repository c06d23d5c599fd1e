package io.github.tenken.checks.placeholders;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.EdgeCounts;
import io.github.tenken.stats.EdgeValues;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code b3.disguised-missing}: values that stand for "missing" without being declared so, per column of the
 * training data and, when given, the test and operation data (guideline B-3.1b). Numeric columns are judged at both
 * ends of their range by {@link EdgeRule} (an edge spike apart from the other values, or a sentinel such as
 * {@code -1} or {@code 99999}), categorical columns by {@link TextMarkers}; identifier columns are not judged. The
 * statistics are exact: the nine smallest and nine largest distinct values of each numeric column with their counts,
 * and the category counts.
 *
 * <p>{@code disguised_share} is the largest share of a column's present values held by one suspected placeholder
 * (default criterion {@code disguised_share <= 0.01}); the explanation names it and says how to declare it missing
 * for that column alone, after which the value is gone from the data and a re-run passes.
 */
public final class DisguisedMissingCheck implements Check {

    private static final String ID = "b3.disguised-missing";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Placeholders posing as values", InternalCharacteristic.B_3)
            .description("Finds values that stand for a missing value without being declared missing: a number at "
                    + "an edge of a column's range held by many rows and apart from the other values (0 blood "
                    + "pressure), a sentinel number (-1, 99, 999, 9999, 99999) at an edge, and texts such as "
                    + "unknown, n/a, none, ? or 1900-01-01. Such values bias every statistic and model that takes "
                    + "them at face value.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b")
            .shows("B-3.1b", "gaps")
            .needs(Input.TRAINING_DATA)
            .parameters(
                    ParameterSpec.real("minShare", 0.005, 0, 1,
                            "share of a column's present values an edge spike must hold at least (sentinels and "
                                    + "texts need none)"),
                    ParameterSpec.real("gapFactor", 2.5, 1, 1000,
                            "an edge value stands apart when its gap to the next value is at least this many times "
                                    + "the widest step among the next eight values"))
            .criteria("disguised_share <= 0.01")
            .measures("columns_with_placeholders", "disguised_share")
            .build();

    /** The check with its default criterion {@code disguised_share <= 0.01}. */
    public DisguisedMissingCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The statistics of one judged column. */
    private record Judged(DatasetRole role, String column, Stat<EdgeCounts> edges, Stat<Frequencies> counts) {
    }

    /** A suspected placeholder where it was found. */
    private record Found(DatasetRole role, String column, Placeholder placeholder) {
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<Judged> judged = new ArrayList<>();
        for (DatasetRole role : DatasetRole.values()) {
            ctx.schema(role).ifPresent(schema -> plan(ctx, role, schema, judged));
        }
        return run -> {
            EdgeRule rule = new EdgeRule(run.parameters().getDouble("minShare"),
                    run.parameters().getDouble("gapFactor"));
            List<Found> found = new ArrayList<>();
            for (Judged j : judged) {
                List<Placeholder> p = j.edges() != null ? rule.judge(run.get(j.edges()))
                        : TextMarkers.judge(run.get(j.counts()));
                p.forEach(x -> found.add(new Found(j.role(), j.column(), x)));
            }
            ResultTable.Builder table = ResultTable.builder("placeholders", Message.of(ID + ".table"),
                    "dataset", "column", "placeholder", "rows", "share", "reason");
            Found worst = null;
            Set<String> columns = new TreeSet<>();
            for (Found f : found) {
                Placeholder p = f.placeholder();
                table.row(f.role().key(), f.column(), p.value(), p.rows(), p.share(),
                        Message.of(ID + ".reason." + p.reason().key()));
                columns.add(f.column());
                if (worst == null || p.share() > worst.placeholder().share()) {
                    worst = f;
                }
            }
            double share = worst == null ? 0 : worst.placeholder().share();
            return Outcome.builder()
                    .measure(run.judged("disguised_share", share, "ratio"))
                    .measure(run.judged("columns_with_placeholders", columns.size(), "columns"))
                    .table(table.build())
                    .explanation(worst == null
                            ? Message.of(ID + ".summary.none", Arg.count(run.rows(DatasetRole.TRAINING)))
                            : sentence(worst, found.size(), columns.size()))
                    .build();
        };
    }

    private static void plan(PlanContext ctx, DatasetRole role, Schema schema, List<Judged> judged) {
        for (String c : schema.names()) {
            ColumnType type = schema.type(c);
            if (type == ColumnType.NUMERIC) {
                judged.add(new Judged(role, c, ctx.stat(role, new EdgeValues(c, EdgeRule.KEPT)), null));
            } else if (type == ColumnType.CATEGORICAL) {
                judged.add(new Judged(role, c, null, ctx.stat(role, new CategoryCounts(c))));
            }
        }
    }

    /** The worst placeholder, why, how many there are, and how to declare it missing for its column only. */
    private static Message sentence(Found worst, int placeholders, int columns) {
        Placeholder p = worst.placeholder();
        return Message.of(ID + ".summary", Arg.share(p.share()), worst.column(),
                Message.of("role." + worst.role().key()), p.value(), Arg.count(p.rows()),
                Message.of(ID + ".reason." + p.reason().key()), Arg.count(placeholders), Arg.count(columns),
                Message.of(ID + ".declare", p.value(), planEntry(worst.column(), p.value()),
                        javaCall(worst.column(), p.value())));
    }

    /** The plan entry declaring a value missing in one column: {@code "missingByColumn": {"c": ["v"]}}. */
    static String planEntry(String column, String value) {
        return "\"missingByColumn\": {\"" + quoted(column) + "\": [\"" + quoted(value) + "\"]}";
    }

    /** The builder call declaring a value missing in one column. */
    static String javaCall(String column, String value) {
        return "CsvOptions.builder().missingMarkers(\"" + quoted(column) + "\", \"" + quoted(value) + "\")";
    }

    /** A string's content as a JSON (and Java) string literal writes it: quotes, backslashes, controls escaped. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.github.tenken.checks.fairness;

import io.github.tenken.check.CheckInputs;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import io.github.tenken.stats.SortedSample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of every sensitive attribute over the labelled test rows. A categorical attribute groups by value; a
 * numeric one is cut at the edges declared for it (the check's {@code edges} parameter, else its risk attribute),
 * else at the quartiles of its labelled test values, which the result states; an identifier column is skipped.
 *
 * @param groupings the attributes that could be grouped, in declaration order
 * @param skipped   the attributes that could not, with their type
 */
record Groupings(List<Grouping> groupings, Map<String, ColumnType> skipped) {

    Groupings {
        groupings = List.copyOf(groupings);
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));   // in declaration order
    }

    /**
     * Groups every sensitive attribute of {@code test} over the labelled rows {@code rows}.
     *
     * @param edges the {@code edges} parameter: {@code "age:25,45,65; hours:20,40"}, or blank
     * @throws IllegalArgumentException when {@code edges} is malformed or names no numeric sensitive attribute
     */
    static Groupings of(CheckInputs ctx, Table test, int[] rows, String edges) {
        Map<String, double[]> declared = edges(ctx, test.schema(), edges);
        List<Grouping> groupings = new ArrayList<>();
        Map<String, ColumnType> skipped = new LinkedHashMap<>();
        for (String attribute : ctx.roles().sensitive()) {
            Column column = test.column(attribute);
            if (column instanceof CategoricalColumn c) {
                groupings.add(categorical(c, rows));
            } else if (column instanceof NumericColumn n) {
                double[] cuts = declared.get(attribute);
                if (cuts == null) {
                    cuts = ctx.riskAttributes().stream().filter(r -> r.column().equals(attribute) && r.isBinned())
                            .findFirst().map(r -> r.edges().stream().mapToDouble(Double::doubleValue).toArray())
                            .orElse(null);
                }
                groupings.add(cuts == null ? quartiles(n, rows) : binned(n, rows, cuts, null));
            } else {
                skipped.put(attribute, column.type());
            }
        }
        return new Groupings(groupings, skipped);
    }

    private static Grouping categorical(CategoricalColumn column, int[] rows) {
        int[] codes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int code = column.code(rows[i]);
            codes[i] = code == CategoricalColumn.MISSING ? Grouping.MISSING : code;
        }
        return new Grouping(column.name(), column.dictionary().values(), codes, null);
    }

    private static Grouping quartiles(NumericColumn column, int[] rows) {
        double[] present = Arrays.stream(rows).filter(r -> !column.isMissing(r)).mapToDouble(column::get).toArray();
        SortedSample sample = SortedSample.of(present);
        double[] cuts = present.length == 0 ? new double[0]
                : Arrays.stream(new double[]{0.25, 0.5, 0.75}).map(sample::quantile).distinct().toArray();
        Message note = Message.of("fairness.quartiles", column.name(), Arrays.stream(cuts)
                .mapToObj(Groupings::format).collect(java.util.stream.Collectors.joining(", ")));
        return binned(column, rows, cuts, note);
    }

    private static Grouping binned(NumericColumn column, int[] rows, double[] cuts, Message note) {
        List<String> labels;
        RiskAttribute bins = null;
        if (cuts.length == 0) {
            labels = List.of("all");
        } else {
            bins = RiskAttribute.binned(column.name(), cuts);
            labels = new ArrayList<>();
            for (int b = 0; b <= cuts.length; b++) {
                labels.add(bins.binLabel(b));
            }
        }
        int[] codes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            codes[i] = column.isMissing(r) ? Grouping.MISSING : bins == null ? 0 : bins.bin(column.get(r));
        }
        return new Grouping(column.name(), labels, codes, note);
    }

    /**
     * The {@code edges} parameter as a map from column to edges, each naming a numeric sensitive attribute of
     * {@code schema} and validated as risk attributes are; checks call it while planning, so that a mistake is
     * reported before any row is read.
     *
     * @throws IllegalArgumentException naming the mistake
     */
    static Map<String, double[]> edges(CheckInputs ctx, Schema schema, String text) {
        Map<String, double[]> declared = parseEdges(text);
        for (String name : declared.keySet()) {
            if (!ctx.roles().sensitive().contains(name) || !schema.is(name, ColumnType.NUMERIC)) {
                throw new IllegalArgumentException("the parameter edges names \"" + name + "\", which is not a "
                        + "numeric sensitive attribute; the sensitive attributes are " + ctx.roles().sensitive());
            }
        }
        return declared;
    }

    /** {@code "age:25,45,65; hours:20,40"} as a map from column to edges; validated as risk attributes are. */
    static Map<String, double[]> parseEdges(String text) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("the parameter edges must read \"column:e1,e2,...\" (several "
                        + "separated by ';'), was \"" + text + "\"");
            }
            String column = part.substring(0, colon).trim();
            double[] edges;
            try {
                edges = Arrays.stream(part.substring(colon + 1).split(",")).map(String::trim)
                        .mapToDouble(Double::parseDouble).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the parameter edges of \"" + column + "\" must be numbers, was \""
                        + part.substring(colon + 1).trim() + "\"", e);
            }
            RiskAttribute.binned(column, edges);   // finite and strictly increasing, or a sentence saying otherwise
            out.put(column, edges);
        }
        return out;
    }

    /** An edge as people write it: {@code 25}, not {@code 25.0}. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

package io.github.tenken.report.html;

import gg.jte.Content;
import io.github.tenken.check.Chart;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.report.i18n.ReportNumbers;
import io.github.tenken.report.svg.IntervalChartSvg;
import io.github.tenken.report.svg.LineChartSvg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Charts the report draws from a check's tables, where the table already holds the points: ROC and precision-recall
 * curves and the reliability diagram ({@code roc-curve}, {@code pr-curve}, {@code reliability} of
 * {@code c1.classification}), and rates per group with confidence whiskers (a table with {@code selection_rate},
 * {@code selection_rate_lower} and {@code selection_rate_upper}, as {@code fairness.group-parity} reports). The
 * check's own charts that these replace (the reliability bars, the selection-rate bars) are not drawn again.
 */
public final class TableCharts {

    /** A drawn chart: its caption and SVG. */
    public record Figure(String caption, Content svg) {
    }

    private static final Set<String> GROUP_TABLES = Set.of("groups", "intersections");

    private final Messages messages;
    private final ReportNumbers numbers;

    TableCharts(Messages messages, ReportNumbers numbers) {
        this.messages = messages;
        this.numbers = numbers;
    }

    /** The charts drawn from a check's tables, in table order. */
    List<Figure> figures(CheckResult check) {
        List<Figure> out = new ArrayList<>();
        for (ResultTable t : check.tables()) {
            switch (t.name()) {
                case "roc-curve" -> curve(t, "false_positive_rate", "true_positive_rate", "chart.roc",
                        "chart.roc.chance", false).ifPresent(out::add);
                case "pr-curve" -> curve(t, "recall", "precision", "chart.pr", null, false).ifPresent(out::add);
                case "reliability" -> curve(t, "mean_predicted", "observed_rate", "chart.reliability",
                        "chart.reliability.perfect", true).ifPresent(out::add);
                default -> {
                    if (GROUP_TABLES.contains(t.name()) && hasColumns(t, "attribute", "group", "selection_rate",
                            "selection_rate_lower", "selection_rate_upper")) {
                        out.addAll(groups(t));
                    }
                }
            }
        }
        return out;
    }

    /** The check's own charts, less those a table chart replaces. */
    List<Chart> ownCharts(CheckResult check) {
        boolean reliability = check.tables().stream().anyMatch(t -> t.name().equals("reliability")
                && hasColumns(t, "mean_predicted", "observed_rate"));
        boolean groups = check.tables().stream().anyMatch(t -> GROUP_TABLES.contains(t.name())
                && hasColumns(t, "selection_rate_lower", "selection_rate_upper"));
        return check.charts().stream()
                .filter(c -> !(reliability && c.name().equals("reliability")))
                .filter(c -> !(groups && c.name().startsWith("selection-rate")))
                .toList();
    }

    private java.util.Optional<Figure> curve(ResultTable t, String xColumn, String yColumn, String titleKey,
                                            String diagonalKey, boolean markers) {
        if (!hasColumns(t, xColumn, yColumn) || t.rows().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Double x = number(t.cell(r, xColumn));
            Double y = number(t.cell(r, yColumn));
            if (x != null && y != null && Double.isFinite(x) && Double.isFinite(y)) {   // an undefined point is left out
                xs.add(x);
                ys.add(y);
            }
        }
        if (xs.isEmpty()) {
            return java.util.Optional.empty();
        }
        String title = messages.get(titleKey);
        LineChartSvg.Curve curve = new LineChartSvg.Curve(messages.get("chart.curve.model"), xs, ys, markers);
        return java.util.Optional.of(new Figure(title, LineChartSvg.render(title, messages.column(xColumn),
                messages.column(yColumn), List.of(curve), diagonalKey == null ? null : messages.get(diagonalKey),
                numbers::number)));
    }

    private List<Figure> groups(ResultTable t) {
        Map<String, List<Integer>> rowsByAttribute = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            rowsByAttribute.computeIfAbsent(String.valueOf(t.cell(r, "attribute")), k -> new ArrayList<>()).add(r);
        }
        List<Figure> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsByAttribute.entrySet()) {
            List<String> groups = new ArrayList<>();
            List<IntervalChartSvg.Metric> metrics = new ArrayList<>();
            for (int r : e.getValue()) {
                groups.add(String.valueOf(t.cell(r, "group")));
            }
            metrics.add(metric(t, e.getValue(), "selection_rate", true));
            if (hasColumns(t, "true_positive_rate", "true_positive_rate_lower", "true_positive_rate_upper")) {
                metrics.add(metric(t, e.getValue(), "true_positive_rate", true));
            }
            if (hasColumns(t, "base_rate")) {
                metrics.add(metric(t, e.getValue(), "base_rate", false));
            }
            String title = messages.format("chart.groups", e.getKey());
            out.add(new Figure(title, IntervalChartSvg.render(title, groups, metrics, numbers::percent,
                    messages.get("chart.ci"))));
        }
        return out;
    }

    private IntervalChartSvg.Metric metric(ResultTable t, List<Integer> rows, String column, boolean interval) {
        List<Double> values = new ArrayList<>();
        List<Double> lower = interval ? new ArrayList<>() : null;
        List<Double> upper = interval ? new ArrayList<>() : null;
        for (int r : rows) {
            values.add(number(t.cell(r, column)));
            if (interval) {
                lower.add(number(t.cell(r, column + "_lower")));
                upper.add(number(t.cell(r, column + "_upper")));
            }
        }
        return new IntervalChartSvg.Metric(messages.column(column), values, lower, upper);
    }

    private static boolean hasColumns(ResultTable t, String... columns) {
        for (String c : columns) {
            if (t.columnIndex(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : null;
    }
}

package io.github.tenken.checks.stability;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, charts and sentence of {@code c2.perturbation}, from what it measured; renders nothing, computes
 * nothing new.
 */
final class PerturbationReport {

    private static final String ID = PerturbationCheck.ID;

    private final List<ColumnPerturbation> drawn;
    private final Map<String, PredictionChange> single;
    private final Map<Double, PredictionChange> sweep;
    private final double epsilon;
    private final Table sample;

    PerturbationReport(List<ColumnPerturbation> drawn, Map<String, PredictionChange> single,
                       Map<Double, PredictionChange> sweep, double epsilon, Table sample) {
        this.drawn = drawn;
        this.single = single;
        this.sweep = sweep;
        this.epsilon = epsilon;
        this.sample = sample;
    }

    /** One row per feature read: its type, the scale of its noise or its observed values, its flip rate alone. */
    ResultTable featureTable() {
        ResultTable.Builder t = ResultTable.builder("features", Message.of(ID + ".featureTable"), "feature", "type",
                "standard_deviation", "std_of", "noise_standard_deviation", "observed_values", "flip_rate_alone");
        for (ColumnPerturbation p : drawn) {
            PredictionChange c = single.get(p.feature());
            Double alone = c == null ? null : c.flipRate();
            if (p instanceof FeatureNoise n) {
                t.row(n.feature(), "numeric", Double.isNaN(n.std()) ? null : n.std(), n.source(),
                        n.isPerturbed() ? FeatureNoise.finite(epsilon * n.std()) : null, null, alone);
            } else {
                CategorySwap s = (CategorySwap) p;
                t.row(s.feature(), "categorical", null, null, null, (long) s.observed().length, alone);
            }
        }
        return t.build();
    }

    /** One row per noise level of the sweep: flipped rows and the flip rate with its 95% Wilson interval. */
    ResultTable sweepTable() {
        ResultTable.Builder t = ResultTable.builder("sweep", Message.of(ID + ".sweepTable"), "noise_level",
                "flipped_rows", "rows", "flip_rate", "flip_rate_lower", "flip_rate_upper");
        sweep.forEach((level, c) -> {
            ConfidenceInterval ci = WilsonInterval.of(c.flips(), c.rows());
            t.row(level, (long) c.flips(), (long) c.rows(), c.flipRate(), ci.lower(), ci.upper());
        });
        return t.build();
    }

    Chart featureChart() {
        return new Chart("flip-rate-by-feature", Message.of(ID + ".featureChart"), ChartKind.BARS,
                List.copyOf(single.keySet()), List.of(ChartSeries.of("flip_rate", Message.of("column.flip_rate"),
                single.values().stream().mapToDouble(PredictionChange::flipRate).toArray())),
                Message.of("axis.feature"), Message.of("axis.share"));
    }

    /** The violation rate against the perturbation size (the AIST test bed's C-2 plot), with the upper bounds. */
    Chart sweepChart() {
        List<String> levels = sweep.keySet().stream().map(Formats::number).toList();
        double[] rates = sweep.values().stream().mapToDouble(PredictionChange::flipRate).toArray();
        double[] upper = sweep.values().stream().mapToDouble(c -> WilsonInterval.of(c.flips(), c.rows()).upper())
                .toArray();
        return new Chart("flip-rate-by-noise-level", Message.of(ID + ".sweepChart"), ChartKind.BARS, levels,
                List.of(ChartSeries.of("flip_rate", Message.of("column.flip_rate"), rates),
                        ChartSeries.of("flip_rate_upper", Message.of("column.flip_rate_upper"), upper)),
                Message.of("axis.noiseLevel"), Message.of("axis.share"));
    }

    Message sentence(boolean declared, boolean sampled, PredictionChange all, Optional<Criterion> criterion,
                     Optional<Double> stable) {
        List<ColumnPerturbation> perturbed = drawn.stream().filter(ColumnPerturbation::isPerturbed).toList();
        long numeric = perturbed.stream().filter(p -> p instanceof FeatureNoise).count();
        var worst = single.entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.comparingDouble(PredictionChange::flipRate)))
                .orElseThrow();
        Message unvaried = perturbed.size() < drawn.size()
                ? Message.of(ID + ".unvaried", Arg.count(drawn.size() - perturbed.size())) : Message.literal("");
        ConfidenceInterval ci = WilsonInterval.of(all.flips(), all.rows());
        Message interval = Message.of("interval.share", Arg.share(ci.lower()), Arg.share(ci.upper()));
        Message rows = Message.of(sampled ? ID + ".rowsSampled" : ID + ".rows", Arg.count(sample.rowCount()));
        Message change = Double.isNaN(all.meanAbsChange()) ? Message.literal("")
                : Message.of(ID + ".meanChange", Arg.num(all.meanAbsChange()));
        Message scope = declared
                ? Message.of(ID + ".scope.declared", Arg.join(drawn.stream().map(p -> Arg.text(p.feature())).toList()))
                : Message.of(ID + ".scope.undeclared");
        List<Arg> parts = new java.util.ArrayList<>();
        if (numeric > 0) {
            parts.add(Arg.message(Message.of(ID + ".numericPart", Arg.count(numeric), Arg.num(epsilon))));
        }
        if (numeric < perturbed.size()) {
            parts.add(Arg.message(Message.of(ID + ".categoricalPart", Arg.count(perturbed.size() - numeric),
                    Arg.num(epsilon))));
        }
        return Message.of(ID + ".result", Arg.num(epsilon), Arg.count(perturbed.size()), Arg.join(parts), unvaried,
                Arg.share(all.flipRate()), interval, rows, change, Arg.text(worst.getKey()),
                Arg.share(worst.getValue().flipRate()), sweepSentence(criterion, stable), scope);
    }

    private Message sweepSentence(Optional<Criterion> criterion, Optional<Double> stable) {
        if (criterion.isEmpty() || stable.isEmpty()) {
            return Message.literal("");   // a default criterion is always in force: only a user's own check lacks one
        }
        double smallest = sweep.keySet().iterator().next();
        boolean none = !criterion.get().holds(sweep.get(smallest).flipRate());
        return none ? Message.of(ID + ".sweep.unstable", Arg.text(criterion.get().toString()), Arg.num(smallest))
                : Message.of(ID + ".sweep.stable", Arg.text(criterion.get().toString()), Arg.num(stable.get()));
    }
}

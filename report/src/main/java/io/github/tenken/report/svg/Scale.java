package io.github.tenken.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis from a "nice" lower to a "nice" upper bound that always includes zero, mapped onto a pixel
 * range; ticks are round numbers.
 */
final class Scale {

    private final double min;
    private final double max;
    private final double step;
    private final double from;
    private final double to;

    private Scale(double min, double max, double step, double from, double to) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.from = from;
        this.to = to;
    }

    /** A scale covering the finite values (and zero), mapped onto pixels {@code from} to {@code to}. */
    static Scale covering(Iterable<Double> values, double from, double to) {
        double lo = 0;
        double hi = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo == 0) {
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / 4);
        double niceLo = Math.floor(lo / step) * step;
        double niceHi = Math.ceil(hi / step) * step;
        return new Scale(niceLo, niceHi, step, from, to);
    }

    /** The pixel position of a value. */
    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** The tick values, lower bound to upper bound. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.round((max - min) / step);
        for (int i = 0; i <= n; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}

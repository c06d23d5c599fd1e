package io.github.tenken.check;

/** The kind of chart a {@link Chart} asks a renderer to draw. */
public enum ChartKind {
    /** Bars over ordered bins: one or more series of counts or shares (e.g. training vs test histograms). */
    HISTOGRAM,
    /** Bars over categories: one or more series (e.g. class balance, selection rate per group). */
    BARS,
    /** A square matrix of counts with the same labels on both axes (e.g. a confusion matrix). */
    MATRIX
}

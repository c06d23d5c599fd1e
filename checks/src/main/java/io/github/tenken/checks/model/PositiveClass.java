package io.github.tenken.checks.model;

import io.github.tenken.check.CheckInputs;
import io.github.tenken.message.Message;

import java.util.List;

/**
 * The favourable (positive) class a check uses, and where it came from: the check's own {@code positiveClass}
 * parameter, the assessment's {@code positiveClass} (declared once for every check), or, when neither is given, the
 * minority class of the labels, which the result then names so that a reader sees which class was judged.
 *
 * @param index  the class index in {@code classes}
 * @param name   the class name
 * @param origin where the choice came from
 */
public record PositiveClass(int index, String name, Origin origin) {

    /** Where a positive class came from. */
    public enum Origin {
        /** The check's own {@code positiveClass} parameter. */
        CHECK,
        /** The assessment's {@code positiveClass}, shared by every check. */
        ASSESSMENT,
        /** Not declared: the minority class of the labels. */
        DEFAULT
    }

    /**
     * Resolves the positive class among {@code classes}.
     *
     * @param counts rows per class (same order as {@code classes}), for the default
     * @throws IllegalArgumentException when a declared class is not among {@code classes}, naming both
     */
    public static PositiveClass resolve(CheckInputs ctx, List<String> classes, long[] counts) {
        String own = ctx.parameters().asMap().getOrDefault("positiveClass", "").trim();
        if (!own.isEmpty()) {
            return new PositiveClass(indexOf(classes, own, "the parameter positiveClass"), own, Origin.CHECK);
        }
        if (ctx.positiveClass().isPresent()) {
            String declared = ctx.positiveClass().get();
            return new PositiveClass(indexOf(classes, declared, "the assessment's positiveClass"), declared,
                    Origin.ASSESSMENT);
        }
        int minority = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] < counts[minority]) {
                minority = k;
            }
        }
        return new PositiveClass(minority, classes.get(minority), Origin.DEFAULT);
    }

    /** Whether the class was declared (by the check or the assessment) rather than taken by default. */
    public boolean declared() {
        return origin != Origin.DEFAULT;
    }

    /**
     * A sentence for the result when the class was not declared: it names the class used and how to declare the
     * favourable one; empty otherwise.
     */
    public Message note() {
        return declared() ? Message.literal("")
                : Message.of("positiveClass.default", name, "positiveClass", "Assessment.Builder.positiveClass");
    }

    private static int indexOf(List<String> classes, String name, String source) {
        int k = classes.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException(source + " \"" + name + "\" is not a class of the model; its classes are "
                    + classes);
        }
        return k;
    }
}

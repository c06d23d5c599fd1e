package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check returns: its verdict, a one-sentence explanation (a {@link Message}, rendered in the reader's
 * language), the measures with their criteria, and tables and charts as data. The engine adds the check's identity
 * and provenance to make a {@link CheckResult}.
 *
 * <pre>{@code
 * return Outcome.builder()
 *         .measure(ctx.judge(Measure.of("accuracy", acc, "ratio").withInterval(ci)))
 *         .explanation(Message.of("c1.classification.summary", Arg.share(acc), Arg.count(rows)))
 *         .build();   // PASS or FAIL from the criteria, WARN when none judges
 * }</pre>
 *
 * @param status      the verdict
 * @param explanation one sentence a reader understands without the tables
 * @param measures    the measures
 * @param tables      tables, as data
 * @param charts      charts, as data
 * @param error       the cause, for {@link Status#ERROR}; empty otherwise
 */
public record Outcome(Status status, Message explanation, List<Measure> measures, List<ResultTable> tables,
                      List<Chart> charts, String error) {

    public Outcome {
        Preconditions.notNull(status, "status");
        Preconditions.notNull(explanation, "explanation");
        measures = List.copyOf(measures);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        error = error == null ? "" : error;
    }

    /** The outcome of a check whose input is absent or does not apply, with the reason. */
    public static Outcome notApplicable(Message reason) {
        return new Outcome(Status.NOT_APPLICABLE, reason, List.of(), List.of(), List.of(), "");
    }

    /** The outcome of a check that broke: what it could not do, and the technical cause. */
    public static Outcome error(Message explanation, String cause) {
        return new Outcome(Status.ERROR, explanation, List.of(), List.of(), List.of(), cause);
    }

    /** A builder for a measured outcome. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The verdict the measures give: FAIL when a criterion failed, PASS when at least one judged and all held, WARN
     * when none is judged (measured only: no acceptance criterion was set).
     */
    public static Status statusOf(List<Measure> measures) {
        if (measures.stream().anyMatch(Measure::isFailed)) {
            return Status.FAIL;
        }
        return measures.stream().anyMatch(Measure::isJudged) ? Status.PASS : Status.WARN;
    }

    /** Collects measures, tables and charts. */
    public static final class Builder {
        private Status status;
        private Message explanation;
        private final List<Measure> measures = new ArrayList<>();
        private final List<ResultTable> tables = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();

        private Builder() {
        }

        /** Adds a measure. */
        public Builder measure(Measure m) {
            measures.add(m);
            return this;
        }

        /** Adds a table. */
        public Builder table(ResultTable t) {
            tables.add(t);
            return this;
        }

        /** Adds a chart. */
        public Builder chart(Chart c) {
            charts.add(c);
            return this;
        }

        /** The one-sentence explanation. */
        public Builder explanation(Message sentence) {
            this.explanation = sentence;
            return this;
        }

        /** Sets the verdict instead of deriving it from the measures (e.g. WARN for a group too small to judge). */
        public Builder status(Status s) {
            this.status = s;
            return this;
        }

        /** The status derived so far from the measures (or set). */
        public Status currentStatus() {
            return status != null ? status : statusOf(measures);
        }

        /** The outcome. */
        public Outcome build() {
            return new Outcome(currentStatus(), explanation, measures, tables, charts, "");
        }
    }
}

package io.github.tenken.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.message.Message;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure with its criterion, interval and sketch bound, as a sentence and as the verdict it gives. */
class MeasureTest {

    @Test
    void aMeasureReadsAsASentence() {
        Measure m = Measure.of("accuracy", 0.83125, "ratio").judgedBy(Criterion.parse("accuracy >= 0.8"))
                .withInterval(new ConfidenceInterval(0.95, 0.8254, 0.8371, Message.literal("bootstrap")));
        assertThat(m.passed()).isTrue();
        assertThat(m.sentence()).isEqualTo("accuracy >= 0.8: was 0.8313 (95% CI 0.8254-0.8371)");
        Measure approx = Measure.of("median_age", 37.5, "years").approximatedBy(new Approximation("KLL k=200", 0.0133));
        assertThat(approx.isApproximate()).isTrue();
        assertThat(approx.sentence()).isEqualTo("median_age: 37.5 years (+-0.0133, KLL k=200)");
        assertThat(Outcome.statusOf(List.of(m, approx))).isEqualTo(Status.PASS);
        assertThat(Outcome.statusOf(List.of(approx))).isEqualTo(Status.WARN);
        assertThat(Outcome.statusOf(List.of(Measure.of("accuracy", 0.5, "").judgedBy(Criterion.parse("accuracy >= 0.8")))))
                .isEqualTo(Status.FAIL);
    }
}

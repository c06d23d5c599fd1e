package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule: worst of ERROR > FAIL > WARN > PASS, NOT_APPLICABLE ignored, no checks gives NOT_APPLICABLE. */
class CharacteristicStatusTest {

    /** The severity order written out independently of the implementation, least severe first. */
    private static final List<Status> ORDER = List.of(Status.NOT_APPLICABLE, Status.PASS, Status.WARN, Status.FAIL,
            Status.ERROR);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
            "'', NOT_APPLICABLE",
            "NOT_APPLICABLE NOT_APPLICABLE, NOT_APPLICABLE",
            "PASS NOT_APPLICABLE, PASS",
            "PASS WARN PASS, WARN",
            "WARN FAIL PASS, FAIL",
            "FAIL ERROR WARN, ERROR",
            "ERROR NOT_APPLICABLE, ERROR"})
    void worstStatusWins(String statuses, Status expected) {
        assertThat(CharacteristicStatus.worstOf(results(statuses.isBlank() ? List.of()
                : Arrays.stream(statuses.split(" ")).map(Status::valueOf).toList()))).isEqualTo(expected);
    }

    @Test
    void theRuleIgnoresOrderAndPicksTheMostSevere() {
        SplittableRandom random = new SplittableRandom(20261129);
        for (int trial = 0; trial < 500; trial++) {
            List<Status> statuses = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                statuses.add(Status.values()[random.nextInt(Status.values().length)]);
            }
            assertTheRule(statuses);
        }
    }

    private static void assertTheRule(List<Status> statuses) {
        Status expected = statuses.stream().max((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b)))
                .orElse(Status.NOT_APPLICABLE);
        List<Status> reversed = new ArrayList<>(statuses);
        Collections.reverse(reversed);
        assertThat(CharacteristicStatus.worstOf(results(statuses))).isEqualTo(expected);
        assertThat(CharacteristicStatus.worstOf(results(reversed))).isEqualTo(expected);
    }

    private static List<CheckResult> results(List<Status> statuses) {
        List<CheckResult> out = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            out.add(GateFixtures.result("c1.check-" + i, InternalCharacteristic.C_1, statuses.get(i),
                    Message.literal("a sentence."), ""));
        }
        return out;
    }
}

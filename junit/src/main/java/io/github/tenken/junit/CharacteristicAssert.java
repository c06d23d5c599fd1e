package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalLevel;
import io.github.tenken.guideline.LevelScale;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on one internal characteristic of an assessment, reached through
 * {@code assertThat(result).characteristic(InternalCharacteristic.C_1)}.
 *
 * <pre>{@code
 * assertThat(result).characteristic(InternalCharacteristic.B_2).meetsRequiredLevel().hasAchievedLevel("E1");
 * }</pre>
 */
public final class CharacteristicAssert extends AbstractQualityAssert<CharacteristicAssert, CharacteristicResult> {

    private final List<CheckResult> checks;

    CharacteristicAssert(CharacteristicResult characteristic, List<CheckResult> checks,
                         AssertionErrorCollector collector) {
        super(characteristic, CharacteristicAssert.class, collector);
        this.checks = List.copyOf(checks);
    }

    /** Passes unless the verdict is NOT_MET; the failure shows required and achieved level and the missing items. */
    public CharacteristicAssert meetsRequiredLevel() {
        if (skipped()) {
            return myself;
        }
        return expect(actual.verdict() != Verdict.NOT_MET, () -> FailureMessage
                .expecting(Describe.characteristic(actual.characteristic()))
                .to("meet its required level", Describe.required(actual.required()))
                .but("achieved", actual.achievedLabel())
                .note("missing items", String.join(", ", actual.missing())));
    }

    /** Passes when the characteristic's verdict is {@code expected}, e.g. {@code hasVerdict(Verdict.MET)}. */
    public CharacteristicAssert hasVerdict(Verdict expected) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.verdict() == expected, () -> FailureMessage
                .expecting(Describe.characteristic(actual.characteristic()))
                .to("have verdict", expected.name())
                .but("was", actual.verdict().name())
                .note("required", Describe.required(actual.required()))
                .note("achieved", actual.achievedLabel()));
    }

    /**
     * Passes when the achieved level on the scale of each given level is exactly that level: {@code "2"} for C-1,
     * {@code "E1"} or {@code "S1 + E1"} for B-2, {@code "-"} (or {@code "0"}) for nothing achieved.
     *
     * @throws IllegalArgumentException when the text is no level of this characteristic
     */
    public CharacteristicAssert hasAchievedLevel(String level) {
        if (skipped()) {
            return myself;
        }
        List<InternalLevel> expected = parse(level);
        boolean holds = expected.stream().allMatch(e -> achievedOn(e.scale()).equals(e));
        return expect(holds, () -> FailureMessage.expecting(Describe.characteristic(actual.characteristic()))
                .to("have achieved level", level.trim())
                .but("achieved", actual.achievedLabel()));
    }

    /**
     * Passes when the characteristic's status, the worst status of its checks by the rule of
     * {@link CharacteristicStatus} (ERROR &gt; FAIL &gt; WARN &gt; PASS, NOT_APPLICABLE ignored, no checks gives
     * NOT_APPLICABLE), is {@code expected}; the failure lists each check's status.
     */
    public CharacteristicAssert hasStatus(Status expected) {
        if (skipped()) {
            return myself;
        }
        Status status = CharacteristicStatus.worstOf(checks);
        return expect(status == expected, () -> FailureMessage
                .expecting(Describe.characteristic(actual.characteristic()))
                .to("have status", expected.name())
                .but("was", status.name())
                .block("status of each check", checks.isEmpty()
                        ? List.of("(no check of " + actual.characteristic().code() + " ran)")
                        : checks.stream().map(c -> c.checkId() + ": " + c.status()).toList()));
    }

    private InternalLevel achievedOn(LevelScale scale) {
        return actual.achieved().stream().filter(l -> l.scale() == scale).findFirst()
                .orElse(new InternalLevel(scale, 0));
    }

    private List<InternalLevel> parse(String text) {
        String t = text == null ? "" : text.trim();
        List<LevelScale> scales = actual.characteristic().scales();
        if (t.equals("-") || t.equals("0")) {
            return scales.stream().map(s -> new InternalLevel(s, 0)).toList();
        }
        List<InternalLevel> levels = new ArrayList<>();
        for (String part : t.split("\\+")) {
            InternalLevel l = InternalLevel.parse(part);
            if (!scales.contains(l.scale())) {
                throw new IllegalArgumentException("\"" + text + "\" is not a level of "
                        + Describe.characteristic(actual.characteristic()) + "; its levels are " + levelsOf(scales));
            }
            levels.add(l);
        }
        return levels;
    }

    private static String levelsOf(List<LevelScale> scales) {
        return scales.stream().map(CharacteristicAssert::ranks).collect(Collectors.joining(", "));
    }

    private static String ranks(LevelScale s) {
        List<String> r = new ArrayList<>();
        for (int i = 1; i <= s.maxRank(); i++) {
            r.add(new InternalLevel(s, i).toString());
        }
        return String.join(", ", r);
    }
}

package io.github.tenken.cli;

import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The exit code of {@code tenken assess}, from the result: 0 every required level is met; 1 a required level is not
 * met because of measured evidence (a check mapped to a missing item failed or could not run, measured but could not
 * judge, or no check could measure it); 3 a required level is not met only because process answers are missing (every
 * missing item is one an answer can meet and has neither an answer nor a failing check). Code 2, "the assessment
 * could not run", never comes from a result: it is the exit of a bad plan, bad data or an I/O error.
 *
 * <p>A check that ends in ERROR counts as measured evidence that fell short (1), not as "could not run" (2): the
 * assessment ran and its report names the check and the cause; the guideline's item stays unmet whatever the team
 * answers.
 */
final class ExitCode {

    private ExitCode() {
    }

    /** The exit code of an assessment that ran. */
    static int of(AssessmentResult result) {
        if (result.meetsRequiredLevels()) {
            return TenkenCli.EXIT_MET;
        }
        return shortfalls(result).stream().allMatch(ExitCode::answerWouldMeet) 
                ? TenkenCli.EXIT_ANSWERS_MISSING : TenkenCli.EXIT_NOT_MET;
    }

    /** The items that keep a required level unmet, in the guideline's order. */
    static List<ItemResult> shortfalls(AssessmentResult result) {
        List<ItemResult> out = new ArrayList<>();
        for (CharacteristicResult c : result.characteristics()) {
            if (c.verdict() == Verdict.NOT_MET) {
                c.items().stream().filter(i -> c.missing().contains(i.itemId())).forEach(out::add);
            }
        }
        return out;
    }

    /** Whether recording an answer ("yes" with evidence, or not applicable with a reason) would meet the item. */
    static boolean answerWouldMeet(ItemResult item) {
        return item.state() == ItemState.MISSING && item.item().kind().acceptsAnswer();
    }
}

package io.github.tenken.cli.plan;

import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.PrivacyLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the {@code profile} of a plan into a {@link QualityProfile}. */
final class ProfileParser {

    private static final Map<String, ExternalCharacteristic> REASON_KEYS = Map.of(
            "aisl", ExternalCharacteristic.RISK_AVOIDANCE, "aipl", ExternalCharacteristic.PERFORMANCE,
            "aifl", ExternalCharacteristic.FAIRNESS, "aiprl", ExternalCharacteristic.PRIVACY);

    private ProfileParser() {
    }

    static QualityProfile parse(ProfilePlan plan, PlanContext ctx) {
        ctx.required(plan, "profile");
        SafetyLevel aisl = level(plan.aisl(), "profile.aisl", "AISL", SafetyLevel.values(), SafetyLevel::number, ctx);
        PerformanceLevel aipl = level(plan.aipl(), "profile.aipl", "AIPL", PerformanceLevel.values(),
                PerformanceLevel::number, ctx);
        FairnessLevel aifl = level(plan.aifl(), "profile.aifl", "AIFL", FairnessLevel.values(), FairnessLevel::number,
                ctx);
        PrivacyLevel aiprl = plan.aiprl() == null ? PrivacyLevel.AIPRL_0
                : level(plan.aiprl(), "profile.aiprl", "AIPrL", PrivacyLevel.values(), PrivacyLevel::number, ctx);
        if (!aisl.isInScope()) {
            throw ctx.error("profile.aisl", aisl.label() + " is outside the scope of the AIST guideline (AISL 0 to 2);"
                    + " Tenken does not assess components at this level");
        }
        QualityProfile profile = QualityProfile.of(aisl, aipl, aifl).withPrivacy(aiprl);
        if (plan.reasons() != null) {
            for (Map.Entry<String, String> e : plan.reasons().entrySet()) {
                String path = FieldPath.field("profile.reasons", e.getKey());
                ExternalCharacteristic c = REASON_KEYS.get(e.getKey().toLowerCase(Locale.ROOT));
                if (c == null) {
                    throw ctx.error(path, "not a level; expected aisl, aipl, aifl or aiprl");
                }
                profile = profile.withReason(c, ctx.required(e.getValue(), path));
            }
        }
        return profile;
    }

    /** The level whose number the text names; {@code 1.0} reads as {@code 1}, {@code "AISL 1"} as {@code 1}. */
    private static <L> L level(String text, String path, String scale, L[] levels, Function<L, String> number,
                               PlanContext ctx) {
        ctx.required(text, path);
        String n = text.trim().replaceFirst("(?i)^" + scale + "\\s*", "");
        try {
            n = new BigDecimal(n).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            // not a number: no level matches, reported below
        }
        for (L level : levels) {
            if (number.apply(level).equals(n)) {
                return level;
            }
        }
        String expected = Arrays.stream(levels).map(number).collect(Collectors.joining(", "));
        throw ctx.error(path, "\"" + text + "\" is not an " + scale + "; expected one of " + expected);
    }
}

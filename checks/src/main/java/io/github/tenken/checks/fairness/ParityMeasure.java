package io.github.tenken.checks.fairness;

import java.util.function.ToDoubleFunction;

/** The parity figures of an attribute, each with its measure name and which way is worse. */
enum ParityMeasure {

    DISPARATE_IMPACT("disparate_impact_ratio", true, AttributeParity::disparateImpactRatio),
    DEMOGRAPHIC_PARITY("demographic_parity_difference", false, AttributeParity::demographicParityDifference),
    EQUAL_OPPORTUNITY("equal_opportunity_difference", false, AttributeParity::equalOpportunityDifference),
    EQUALIZED_ODDS("equalized_odds_difference", false, AttributeParity::equalizedOddsDifference),
    PREDICTIVE_PARITY("predictive_parity_difference", false, AttributeParity::predictiveParityDifference),
    FALSE_POSITIVE_RATE("false_positive_rate_difference", false, AttributeParity::falsePositiveRateDifference);

    private final String key;
    private final boolean lowerIsWorse;
    private final ToDoubleFunction<AttributeParity> value;

    ParityMeasure(String key, boolean lowerIsWorse, ToDoubleFunction<AttributeParity> value) {
        this.key = key;
        this.lowerIsWorse = lowerIsWorse;
        this.value = value;
    }

    /** The measure's name, e.g. {@code disparate_impact_ratio}. */
    String key() {
        return key;
    }

    double of(AttributeParity parity) {
        return value.applyAsDouble(parity);
    }

    /** The worse of two values, a {@code NaN} giving way to a number. */
    double worse(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return lowerIsWorse ? Math.min(a, b) : Math.max(a, b);
    }
}

package io.github.tenken.cli.plan;

import java.util.Map;

/**
 * The {@code profile} of a plan: the external levels as the guideline writes them ({@code "0.1"}, {@code "1"};
 * a JSON number is accepted too) and the reason for each, keyed {@code aisl}, {@code aipl}, {@code aifl},
 * {@code aiprl}.
 *
 * @param aisl    AI safety level: 0, 0.1, 0.2, 1, 2 (3 and 4 are outside the guideline's scope)
 * @param aipl    AI performance level: 0, 1, 2
 * @param aifl    AI fairness level: 0, 1, 2
 * @param aiprl   AI privacy level: 0, 1, 2 (optional, default 0)
 * @param reasons why each level was chosen
 */
public record ProfilePlan(String aisl, String aipl, String aifl, String aiprl, Map<String, String> reasons) {
}

package io.github.tenken.cli.plan;

import java.util.List;
import java.util.Map;

/**
 * The {@code checks} of a plan.
 *
 * @param include    the ids of the checks to run; all checks of the catalogue when absent
 * @param exclude    the ids of checks not to run (an item only they support is reported as excluded)
 * @param parameters per check id, parameter values by name (numbers and booleans may be written as JSON values)
 * @param criteria   per check id, criteria such as {@code "accuracy >= 0.8"}; they replace the defaults of the
 *                   same measure
 */
public record ChecksPlan(List<String> include, List<String> exclude, Map<String, Map<String, String>> parameters,
                         Map<String, List<String>> criteria) {
}

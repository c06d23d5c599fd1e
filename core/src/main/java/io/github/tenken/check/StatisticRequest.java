package io.github.tenken.check;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.stats.Analyzer;

/**
 * A check's request for one statistic of one dataset, gathered before the scan so that every dataset is read once.
 *
 * @param role     the dataset
 * @param analyzer the statistic
 */
public record StatisticRequest(DatasetRole role, Analyzer<?, ?> analyzer) {

    /** A request for {@code analyzer} on the dataset in {@code role}. */
    public static StatisticRequest of(DatasetRole role, Analyzer<?, ?> analyzer) {
        return new StatisticRequest(role, analyzer);
    }
}

package io.github.tenken.check;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.stats.Analyzer;

/**
 * What a check may do while it plans, before any row is read: ask for the statistics it will read (each dataset is
 * then scanned once for every check's statistics together) and say which datasets it must read row by row.
 */
public interface PlanContext extends CheckInputs {

    /** Asks for a statistic of the dataset in this role; the handle reads it when the check runs. */
    <R> Stat<R> stat(DatasetRole role, Analyzer<?, R> analyzer);

    /**
     * Says the check will read the dataset in this role as a whole {@link io.github.tenken.data.Table} (its rows, or
     * the model's predictions for it); a dataset read from a file is then kept in memory while it is scanned.
     */
    void needsRows(DatasetRole role);
}

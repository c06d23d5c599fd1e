package io.github.tenken.cli.plan;

import java.util.List;
import java.util.Map;

/**
 * One data file of a plan and how to read it; everything but {@code path} is optional.
 *
 * @param path        the file (CSV, optionally gzipped), relative to the plan's folder
 * @param delimiter   the field delimiter, one character (default {@code ,}; {@code \t} for tab)
 * @param header      whether the first line names the columns (default true)
 * @param columns     the column names when there is no header line
 * @param missing     the texts meaning "missing" (default {@code "", "NA", "?"})
 * @param types       declared column types, {@code numeric} or {@code categorical}, by column; others inferred
 * @param skipLines   lines to skip at the top of the file
 * @param skipPrefix  skip every line starting with this text (e.g. {@code |})
 * @param stripSuffix per column, a suffix to remove from its values (e.g. {@code {"income": "."}})
 * @param trim        whether to trim white space around fields (default true)
 */
public record DatasetPlan(String path, String delimiter, Boolean header, List<String> columns, List<String> missing,
                          Map<String, String> types, Integer skipLines, String skipPrefix,
                          Map<String, String> stripSuffix, Boolean trim) {
}

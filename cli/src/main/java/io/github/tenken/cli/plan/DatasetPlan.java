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
 * @param missing     texts meaning "missing" in every column, added to the defaults ({@code "", "NA", "?"} and
 *                    pandas' {@code NaN}, {@code NULL}, {@code None}, {@code N/A} ... tokens)
 * @param types       declared column types, {@code numeric} or {@code categorical}, by column; others inferred
 * @param skipLines   lines to skip at the top of the file
 * @param skipPrefix  skip every line starting with this text (e.g. {@code |})
 * @param stripSuffix per column, a suffix to remove from its values (e.g. {@code {"income": "."}})
 * @param trim        whether to trim white space around fields (default true)
 * @param replaceDefaultMissing whether {@code missing} replaces the default markers instead of adding to them
 * @param missingByColumn per column, texts meaning "missing" in that column only (e.g. {@code {"insulin": ["0"]}})
 * @param encoding    the text encoding, e.g. {@code ISO-8859-1} (default UTF-8, in which an invalid byte is an error)
 * @param maxFieldBytes the longest field allowed, in bytes (default 1 MiB)
 * @param maxColumns  the largest number of columns allowed (default 10,000)
 * @param maxBytes    the largest decompressed size of a gzipped file, in bytes (default 8 GiB)
 */
public record DatasetPlan(String path, String delimiter, Boolean header, List<String> columns, List<String> missing,
                          Map<String, String> types, Integer skipLines, String skipPrefix,
                          Map<String, String> stripSuffix, Boolean trim, Boolean replaceDefaultMissing,
                          Map<String, List<String>> missingByColumn, String encoding, Integer maxFieldBytes,
                          Integer maxColumns, Long maxBytes) {
}

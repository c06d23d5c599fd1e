/**
 * Reading data files into Tenken {@link io.github.tenken.data.Table}s: {@link io.github.tenken.checks.io.CsvTableReader}
 * with its {@link io.github.tenken.checks.io.CsvOptions}, the per-assessment
 * {@link io.github.tenken.checks.io.Dictionaries} that keep category codes equal across training, test and operation
 * data, and {@link io.github.tenken.checks.io.DataFileException}, which names the file, line, column and value of
 * bad content.
 */
package io.github.tenken.checks.io;

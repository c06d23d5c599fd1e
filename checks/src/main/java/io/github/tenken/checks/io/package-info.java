/**
 * Reading data files into Tenken {@link io.github.tenken.data.Table}s: {@link io.github.tenken.checks.io.CsvTableReader}
 * with its {@link io.github.tenken.checks.io.CsvOptions}, {@link io.github.tenken.checks.io.CsvDataset} (a file
 * scanned in parallel batches without holding it in memory), the per-assessment
 * {@link io.github.tenken.checks.io.Dictionaries} that keep category codes equal across training, test and operation
 * data, and {@link io.github.tenken.checks.io.DataFileException}, which names the file, line, column and value of
 * bad content.
 *
 * <p>Inside, the parallel reader is a pipeline: {@code RecordSplitter} (sequential: bytes to batches of whole
 * records), {@code BatchParser} (parallel: a batch's bytes to columns, with {@code FieldLexer},
 * {@code ByteNumberParser} and {@code SliceCodes}), {@code BatchPipeline} (ordering, bounded memory, the earliest
 * error) and {@code TableAssembler} (a whole read). {@code CsvParse} is the Commons CSV reference reader the
 * parallel one is tested against, and {@code TypeRule} the one typing rule both apply.
 */
package io.github.tenken.checks.io;

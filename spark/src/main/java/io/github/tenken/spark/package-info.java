/**
 * Tenken's data checks on Apache Spark: {@link io.github.tenken.spark.SparkDataset} runs the analyzers the checks
 * planned inside each partition of a Spark {@code Dataset<Row>} and hands the engine their merged states through
 * {@link io.github.tenken.engine.DistributedDataset}; {@link io.github.tenken.spark.SparkSources} reads CSV and
 * Parquet with the local reader's options; {@link io.github.tenken.spark.ColumnPredictions} is a model whose
 * predictions are columns of the data; {@link io.github.tenken.spark.SparkAssess} runs a plan file's data checks.
 */
package io.github.tenken.spark;

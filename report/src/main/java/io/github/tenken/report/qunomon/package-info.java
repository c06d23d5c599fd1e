/**
 * Interoperability with the AIST test bed Qunomon: every check that ran becomes one test module ("AIT") directory
 * holding an {@code ait.manifest.json} generated from the check's descriptor, an {@code ait.output.json} with the
 * run's measures, and one CSV file per result table, so that the test bed can import Tenken's results.
 */
package io.github.tenken.report.qunomon;

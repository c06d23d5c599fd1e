/**
 * The {@code tenken} command line: {@code demo} assesses a model on the shipped Adult data, {@code assess} runs the
 * assessment a JSON plan describes, {@code checks} lists the check catalogue; {@link io.github.tenken.cli.TenkenCli}
 * is the entry point and maps errors to one-line messages and exit code 2.
 */
package io.github.tenken.cli;

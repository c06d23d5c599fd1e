/**
 * D-1 checks: reliability of the software that embeds the model: determinism of its predictions, the serialisation
 * round trip, its behaviour on invalid input, and its latency with the environment it was measured in.
 */
package io.github.tenken.checks.software;

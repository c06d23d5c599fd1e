/** D-1 checks: reliability of the software that embeds the model (determinism of its predictions). */
package io.github.tenken.checks.software;

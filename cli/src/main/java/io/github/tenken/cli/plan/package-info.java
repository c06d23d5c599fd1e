/**
 * The JSON plan file of {@code tenken assess}: its model ({@link io.github.tenken.cli.plan.Plan} and the records it
 * holds), the reader that rejects unknown fields and wrong types by their JSON path, and the assembler that loads
 * data and model and validates each field into an {@link io.github.tenken.engine.Assessment}.
 */
package io.github.tenken.cli.plan;

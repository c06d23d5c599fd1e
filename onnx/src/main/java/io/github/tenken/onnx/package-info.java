/**
 * Models trained anywhere and exported to ONNX: {@link io.github.tenken.onnx.OnnxModel} runs one with ONNX Runtime
 * (whose jar bundles its native libraries) and maps a table's columns to its inputs and its label, probability or
 * value outputs to Tenken's predictions; {@link io.github.tenken.onnx.OnnxModelProvider} is the plan's {@code onnx}
 * model type.
 */
package io.github.tenken.onnx;

/**
 * The engine: {@link io.github.tenken.engine.Assessment} collects the inputs, the runner plans one fused
 * scan per dataset, predicts once per dataset, runs each check in isolation,
 * and the {@link io.github.tenken.engine.LevelEvaluator} turns results and answers into achieved levels.
 */
package io.github.tenken.engine;

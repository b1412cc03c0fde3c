/**
 * Iteration aggregators (Flink's {@code api.common.aggregators}): per-superstep global aggregates
 * and the convergence criteria that read them. Programs register them on an iterative data set via
 * {@link io.eddy.api.aggregators.AggregatorRegistry}; the iteration coordinator merges the parallel
 * instances' partial aggregates after every superstep and evaluates the criterion. Only the user-facing
 * contracts and Flink's small library ({@code LongSumAggregator}, {@code DoubleSumAggregator},
 * {@code LongZeroConvergence}, {@code DoubleZeroConvergence}) live here, not the coordination.
 */
package io.eddy.api.aggregators;

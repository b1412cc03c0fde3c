/**
 * Accumulators (Flink's {@code api.common.accumulators}): values that each parallel instance of a
 * function updates locally and that the client receives merged when the job ends. Counters, minima,
 * maxima, averages, histograms and lists live here, plus {@link io.eddy.api.accumulators.AccumulatorHelper}
 * which the executor uses to merge the instances' values. Nothing here knows how values travel.
 */
package io.eddy.api.accumulators;

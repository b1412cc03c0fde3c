package io.eddy.api.aggregators;

import io.eddy.api.types.LongValue;

/**
 * A {@link ConvergenceCriterion} that ends the iteration once its aggregator's global value is
 * zero, e.g. a {@link LongSumAggregator} counting the records a superstep changed.
 */
public class LongZeroConvergence implements ConvergenceCriterion<LongValue> {

    private static final long serialVersionUID = 1L;

    /** True if {@code value} is zero; the superstep number is ignored. */
    @Override
    public boolean isConverged(int iteration, LongValue value) {
        return value.getValue() == 0;
    }
}

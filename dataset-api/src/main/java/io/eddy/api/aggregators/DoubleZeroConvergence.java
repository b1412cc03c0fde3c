package io.eddy.api.aggregators;

import io.eddy.api.types.DoubleValue;

/**
 * A {@link ConvergenceCriterion} that ends the iteration once its aggregator's global value is
 * exactly zero, e.g. a {@link DoubleSumAggregator} of a superstep's changes.
 */
public class DoubleZeroConvergence implements ConvergenceCriterion<DoubleValue> {

    private static final long serialVersionUID = 1L;

    /** True if {@code value} is zero; the superstep number is ignored. */
    @Override
    public boolean isConverged(int iteration, DoubleValue value) {
        return value.getValue() == 0;
    }
}

package io.eddy.api.aggregators;

import io.eddy.api.types.DoubleValue;

/**
 * An {@link Aggregator} summing doubles, e.g. the total change of a superstep that a
 * {@link DoubleZeroConvergence} (or a threshold criterion of the program's own) then reads.
 */
public class DoubleSumAggregator implements Aggregator<DoubleValue> {

    private static final long serialVersionUID = 1L;

    private double sum;

    /** The sum so far, as a new value. */
    @Override
    public DoubleValue getAggregate() {
        return new DoubleValue(sum);
    }

    @Override
    public void aggregate(DoubleValue element) {
        sum += element.getValue();
    }

    /** Adds {@code value} to the sum. */
    public void aggregate(double value) {
        sum += value;
    }

    @Override
    public void reset() {
        sum = 0;
    }
}

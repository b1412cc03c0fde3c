package io.eddy.api.aggregators;

import io.eddy.api.types.LongValue;

/**
 * An {@link Aggregator} summing longs: a function in the step adds to it ({@link #aggregate(long)}),
 * the iteration coordinator adds the instances' partial sums after every superstep.
 */
public class LongSumAggregator implements Aggregator<LongValue> {

    private static final long serialVersionUID = 1L;

    private long sum;

    /** The sum so far, as a new value. */
    @Override
    public LongValue getAggregate() {
        return new LongValue(sum);
    }

    @Override
    public void aggregate(LongValue element) {
        sum += element.getValue();
    }

    /** Adds {@code value} to the sum. */
    public void aggregate(long value) {
        sum += value;
    }

    @Override
    public void reset() {
        sum = 0;
    }
}

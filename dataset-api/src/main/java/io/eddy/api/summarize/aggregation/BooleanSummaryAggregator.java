package io.eddy.api.summarize.aggregation;

import io.eddy.api.summarize.BooleanColumnSummary;

/** Counts the true, false and null values of a {@code Boolean} column. */
public class BooleanSummaryAggregator implements Aggregator<Boolean, BooleanColumnSummary> {

    private static final long serialVersionUID = 1L;

    private long trueCount;
    private long falseCount;
    private long nullCount;

    @Override
    public void aggregate(Boolean value) {
        if (value == null) {
            nullCount++;
        } else if (value) {
            trueCount++;
        } else {
            falseCount++;
        }
    }

    @Override
    public void combine(Aggregator<Boolean, BooleanColumnSummary> otherSameType) {
        BooleanSummaryAggregator other = (BooleanSummaryAggregator) otherSameType;
        trueCount += other.trueCount;
        falseCount += other.falseCount;
        nullCount += other.nullCount;
    }

    @Override
    public BooleanColumnSummary result() {
        return new BooleanColumnSummary(trueCount, falseCount, nullCount);
    }
}

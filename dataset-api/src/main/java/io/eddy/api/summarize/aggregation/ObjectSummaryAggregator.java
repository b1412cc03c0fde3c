package io.eddy.api.summarize.aggregation;

import io.eddy.api.summarize.ObjectColumnSummary;

/** Counts the null and non-null values of a column of any type without a more specific summary. */
public class ObjectSummaryAggregator implements Aggregator<Object, ObjectColumnSummary> {

    private static final long serialVersionUID = 1L;

    private long nonNullCount;
    private long nullCount;

    @Override
    public void aggregate(Object value) {
        if (value == null) {
            nullCount++;
        } else {
            nonNullCount++;
        }
    }

    @Override
    public void combine(Aggregator<Object, ObjectColumnSummary> otherSameType) {
        ObjectSummaryAggregator other = (ObjectSummaryAggregator) otherSameType;
        nonNullCount += other.nonNullCount;
        nullCount += other.nullCount;
    }

    @Override
    public ObjectColumnSummary result() {
        return new ObjectColumnSummary(nonNullCount, nullCount);
    }
}

package io.eddy.api.summarize.aggregation;

import io.eddy.api.tuple.Tuple;

/** Summarizes every column of a tuple with its column's aggregator; the result is a tuple of summaries. */
public class TupleSummaryAggregator<R extends Tuple> implements Aggregator<Tuple, R> {

    private static final long serialVersionUID = 1L;

    private final Aggregator<Object, Object>[] columnAggregators;

    @SuppressWarnings("unchecked")
    public TupleSummaryAggregator(Aggregator<?, ?>[] columnAggregators) {
        this.columnAggregators = (Aggregator<Object, Object>[]) columnAggregators.clone();
    }

    @Override
    public void aggregate(Tuple value) {
        for (int i = 0; i < columnAggregators.length; i++) {
            columnAggregators[i].aggregate(value.getField(i));
        }
    }

    @Override
    public void combine(Aggregator<Tuple, R> otherSameType) {
        TupleSummaryAggregator<R> other = (TupleSummaryAggregator<R>) otherSameType;
        for (int i = 0; i < columnAggregators.length; i++) {
            columnAggregators[i].combine(other.columnAggregators[i]);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public R result() {
        R result = (R) Tuple.newInstance(columnAggregators.length);
        for (int i = 0; i < columnAggregators.length; i++) {
            result.setField(columnAggregators[i].result(), i);
        }
        return result;
    }
}

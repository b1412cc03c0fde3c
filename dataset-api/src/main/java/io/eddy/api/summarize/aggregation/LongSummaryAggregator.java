package io.eddy.api.summarize.aggregation;

/** Summarizes a {@code Long} column. */
public class LongSummaryAggregator extends NumericSummaryAggregator<Long> {

    private static final long serialVersionUID = 1L;

    private long sum;

    @Override
    protected void addToSum(Long value) {
        sum += value;
    }

    @Override
    protected void combineSum(NumericSummaryAggregator<Long> other, boolean takeOver) {
        long otherSum = ((LongSummaryAggregator) other).sum;
        sum = takeOver ? otherSum : sum + otherSum;
    }

    @Override
    protected Long sum() {
        return sum;
    }
}

package io.eddy.api.summarize.aggregation;

/** Summarizes an {@code Integer} column; the sum is an {@code int}, as in Flink. */
public class IntegerSummaryAggregator extends NumericSummaryAggregator<Integer> {

    private static final long serialVersionUID = 1L;

    private int sum;

    @Override
    protected void addToSum(Integer value) {
        sum += value;
    }

    @Override
    protected void combineSum(NumericSummaryAggregator<Integer> other, boolean takeOver) {
        int otherSum = ((IntegerSummaryAggregator) other).sum;
        sum = takeOver ? otherSum : sum + otherSum;
    }

    @Override
    protected Integer sum() {
        return sum;
    }
}

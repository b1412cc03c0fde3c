package io.eddy.api.summarize.aggregation;

/** Summarizes a {@code Short} column; the sum is a {@code short}, as in Flink. */
public class ShortSummaryAggregator extends NumericSummaryAggregator<Short> {

    private static final long serialVersionUID = 1L;

    private short sum;

    @Override
    protected void addToSum(Short value) {
        sum += value;
    }

    @Override
    protected void combineSum(NumericSummaryAggregator<Short> other, boolean takeOver) {
        short otherSum = ((ShortSummaryAggregator) other).sum;
        sum = takeOver ? otherSum : (short) (sum + otherSum);
    }

    @Override
    protected Short sum() {
        return sum;
    }
}

package io.eddy.api.summarize.aggregation;

/** Summarizes a {@code Double} column; the sum is a Kahan sum. */
public class DoubleSummaryAggregator extends NumericSummaryAggregator<Double> {

    private static final long serialVersionUID = 1L;

    private CompensatedSum sum = CompensatedSum.ZERO;

    @Override
    protected void addToSum(Double value) {
        sum = sum.add(value);
    }

    @Override
    protected void combineSum(NumericSummaryAggregator<Double> other, boolean takeOver) {
        CompensatedSum otherSum = ((DoubleSummaryAggregator) other).sum;
        sum = takeOver ? otherSum : sum.add(otherSum);
    }

    @Override
    protected Double sum() {
        return sum.value();
    }

    @Override
    protected boolean isNan(Double number) {
        return number.isNaN();
    }

    @Override
    protected boolean isInfinite(Double number) {
        return number.isInfinite();
    }
}

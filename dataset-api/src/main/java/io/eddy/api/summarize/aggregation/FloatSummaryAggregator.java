package io.eddy.api.summarize.aggregation;

/** Summarizes a {@code Float} column; the sum is a Kahan sum of doubles, rounded to a float at the end. */
public class FloatSummaryAggregator extends NumericSummaryAggregator<Float> {

    private static final long serialVersionUID = 1L;

    private CompensatedSum sum = CompensatedSum.ZERO;

    @Override
    protected void addToSum(Float value) {
        sum = sum.add(value);
    }

    @Override
    protected void combineSum(NumericSummaryAggregator<Float> other, boolean takeOver) {
        CompensatedSum otherSum = ((FloatSummaryAggregator) other).sum;
        sum = takeOver ? otherSum : sum.add(otherSum);
    }

    @Override
    protected Float sum() {
        return (float) sum.value();
    }

    @Override
    protected boolean isNan(Float number) {
        return number.isNaN();
    }

    @Override
    protected boolean isInfinite(Float number) {
        return number.isInfinite();
    }
}

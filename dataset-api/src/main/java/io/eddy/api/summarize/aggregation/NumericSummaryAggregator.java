package io.eddy.api.summarize.aggregation;

import io.eddy.api.summarize.NumericColumnSummary;

/**
 * Summarizes a numeric column in one pass, as Flink does: mean and the sum of squared deviations
 * by Welford's update, merged across partitions by Chan's formula, both as Kahan sums (Tian et al.,
 * "Scalable and Numerically Stable Descriptive Statistics in SystemML", ICDE 2012), so results do not
 * depend on how the data was partitioned beyond rounding.
 *
 * <p>Subclasses keep min, max and sum in the column's own type (integral sums wrap on overflow, as
 * in Flink). Unlike Flink, the maximum of a float or double column starts from negative infinity
 * (Flink starts from {@code MIN_VALUE}, the smallest positive value, and so reports it as the
 * maximum of an all-negative column).
 */
public abstract class NumericSummaryAggregator<T extends Number & Comparable<T>> implements Aggregator<T, NumericColumnSummary<T>> {

    private static final long serialVersionUID = 1L;

    private long nonMissingCount;
    private long nullCount;
    private long nanCount;
    private long infinityCount;
    private T min;
    private T max;
    private CompensatedSum mean = CompensatedSum.ZERO;
    private CompensatedSum m2 = CompensatedSum.ZERO;

    @Override
    public void aggregate(T value) {
        if (value == null) {
            nullCount++;
        } else if (isNan(value)) {
            nanCount++;
        } else if (isInfinite(value)) {
            infinityCount++;
        } else {
            nonMissingCount++;
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
            addToSum(value);
            double x = value.doubleValue();
            double delta = x - mean.value();
            mean = mean.add(delta / nonMissingCount);
            m2 = m2.add(delta * (x - mean.value()));
        }
    }

    @Override
    public void combine(Aggregator<T, NumericColumnSummary<T>> otherSameType) {
        NumericSummaryAggregator<T> other = (NumericSummaryAggregator<T>) otherSameType;
        nullCount += other.nullCount;
        nanCount += other.nanCount;
        infinityCount += other.infinityCount;
        if (nonMissingCount == 0) {
            nonMissingCount = other.nonMissingCount;
            min = other.min;
            max = other.max;
            combineSum(other, true);
            mean = other.mean;
            m2 = other.m2;
        } else if (other.nonMissingCount != 0) {
            long combinedCount = nonMissingCount + other.nonMissingCount;
            min = other.min.compareTo(min) < 0 ? other.min : min;
            max = other.max.compareTo(max) > 0 ? other.max : max;
            combineSum(other, false);
            double deltaMean = other.mean.value() - mean.value();
            mean = mean.add(deltaMean * other.nonMissingCount / combinedCount);
            m2 = m2.add(other.m2).add(deltaMean * deltaMean * nonMissingCount * other.nonMissingCount / combinedCount);
            nonMissingCount = combinedCount;
        }
    }

    @Override
    public NumericColumnSummary<T> result() {
        Double variance = nonMissingCount > 1 ? m2.value() / (nonMissingCount - 1) : null;
        boolean empty = nonMissingCount == 0;
        return new NumericColumnSummary<>(nonMissingCount, nullCount, nanCount, infinityCount, empty ? null : min,
                empty ? null : max, empty ? null : sum(), empty ? null : mean.value(), variance,
                variance == null ? null : Math.sqrt(variance));
    }

    /** Adds a non-missing value to the sum. */
    protected abstract void addToSum(T value);

    /** Adds the other aggregator's sum, or takes it over when this one has seen no value yet. */
    protected abstract void combineSum(NumericSummaryAggregator<T> other, boolean takeOver);

    protected abstract T sum();

    protected boolean isNan(T number) {
        return false;
    }

    protected boolean isInfinite(T number) {
        return false;
    }
}

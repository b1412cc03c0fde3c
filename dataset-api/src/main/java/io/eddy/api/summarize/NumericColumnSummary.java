package io.eddy.api.summarize;

import java.io.Serializable;

/**
 * The summary of a numeric column (Flink's class). Null, NaN and infinite values are "missing": they
 * are counted, and left out of min, max, sum, mean, variance and standard deviation. The variance is
 * the sample variance (divided by {@code n - 1}), null for fewer than two values.
 */
public class NumericColumnSummary<T> extends ColumnSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long nonMissingCount;
    private final long nullCount;
    private final long nanCount;
    private final long infinityCount;
    private final T min;
    private final T max;
    private final T sum;
    private final Double mean;
    private final Double variance;
    private final Double standardDeviation;

    public NumericColumnSummary(long nonMissingCount, long nullCount, long nanCount, long infinityCount, T min, T max,
            T sum, Double mean, Double variance, Double standardDeviation) {
        this.nonMissingCount = nonMissingCount;
        this.nullCount = nullCount;
        this.nanCount = nanCount;
        this.infinityCount = infinityCount;
        this.min = min;
        this.max = max;
        this.sum = sum;
        this.mean = mean;
        this.variance = variance;
        this.standardDeviation = standardDeviation;
    }

    /** Null, NaN and infinite values. */
    public long getMissingCount() {
        return nullCount + nanCount + infinityCount;
    }

    /** Values that are neither null, NaN nor infinite. */
    public long getNonMissingCount() {
        return nonMissingCount;
    }

    @Override
    public long getNonNullCount() {
        return nonMissingCount + nanCount + infinityCount;
    }

    @Override
    public long getNullCount() {
        return nullCount;
    }

    /** Always zero for integral types. */
    public long getNanCount() {
        return nanCount;
    }

    /** Always zero for integral types. */
    public long getInfinityCount() {
        return infinityCount;
    }

    public T getMin() {
        return min;
    }

    public T getMax() {
        return max;
    }

    public T getSum() {
        return sum;
    }

    public Double getMean() {
        return mean;
    }

    public Double getVariance() {
        return variance;
    }

    public Double getStandardDeviation() {
        return standardDeviation;
    }

    @Override
    public String toString() {
        return "NumericColumnSummary{totalCount=" + getTotalCount() + ", nullCount=" + nullCount + ", nonNullCount="
                + getNonNullCount() + ", missingCount=" + getMissingCount() + ", nonMissingCount=" + nonMissingCount
                + ", nanCount=" + nanCount + ", infinityCount=" + infinityCount + ", min=" + min + ", max=" + max
                + ", sum=" + sum + ", mean=" + mean + ", variance=" + variance + ", standardDeviation="
                + standardDeviation + '}';
    }
}

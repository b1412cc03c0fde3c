package io.eddy.api.summarize.aggregation;

import io.eddy.api.summarize.StringColumnSummary;

/** Summarizes a {@code String} column: null and empty counts, and lengths (mean as a Kahan sum, as in Flink). */
public class StringSummaryAggregator implements Aggregator<String, StringColumnSummary> {

    private static final long serialVersionUID = 1L;

    private long nonNullCount;
    private long nullCount;
    private long emptyCount;
    private int minLength = Integer.MAX_VALUE;
    private int maxLength = -1;
    private CompensatedSum meanLength = CompensatedSum.ZERO;

    @Override
    public void aggregate(String value) {
        if (value == null) {
            nullCount++;
            return;
        }
        nonNullCount++;
        if (value.isEmpty()) {
            emptyCount++;
        }
        int length = value.length();
        minLength = Math.min(minLength, length);
        maxLength = Math.max(maxLength, length);
        double delta = length - meanLength.value();
        meanLength = meanLength.add(delta / nonNullCount);
    }

    @Override
    public void combine(Aggregator<String, StringColumnSummary> otherSameType) {
        StringSummaryAggregator other = (StringSummaryAggregator) otherSameType;
        nullCount += other.nullCount;
        minLength = Math.min(minLength, other.minLength);
        maxLength = Math.max(maxLength, other.maxLength);
        if (nonNullCount == 0) {
            nonNullCount = other.nonNullCount;
            emptyCount = other.emptyCount;
            meanLength = other.meanLength;
        } else if (other.nonNullCount != 0) {
            long combinedCount = nonNullCount + other.nonNullCount;
            emptyCount += other.emptyCount;
            double deltaMean = other.meanLength.value() - meanLength.value();
            meanLength = meanLength.add(deltaMean * other.nonNullCount / combinedCount);
            nonNullCount = combinedCount;
        }
    }

    @Override
    public StringColumnSummary result() {
        boolean empty = nonNullCount == 0;
        return new StringColumnSummary(nonNullCount, nullCount, emptyCount, empty ? null : minLength,
                empty ? null : maxLength, empty ? null : meanLength.value());
    }
}

package io.eddy.api.summarize;

/** The summary of a string column (Flink's class): counts and lengths; lengths are null if every value is null. */
public class StringColumnSummary extends ColumnSummary {

    private final long nonNullCount;
    private final long nullCount;
    private final long emptyCount;
    private final Integer minLength;
    private final Integer maxLength;
    private final Double meanLength;

    public StringColumnSummary(long nonNullCount, long nullCount, long emptyCount, Integer minLength, Integer maxLength,
            Double meanLength) {
        this.nonNullCount = nonNullCount;
        this.nullCount = nullCount;
        this.emptyCount = emptyCount;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.meanLength = meanLength;
    }

    @Override
    public long getNonNullCount() {
        return nonNullCount;
    }

    @Override
    public long getNullCount() {
        return nullCount;
    }

    /** Values that are the empty string. */
    public long getEmptyCount() {
        return emptyCount;
    }

    public Integer getMinLength() {
        return minLength;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public Double getMeanLength() {
        return meanLength;
    }

    @Override
    public String toString() {
        return "StringColumnSummary{totalCount=" + getTotalCount() + ", nonNullCount=" + nonNullCount + ", nullCount="
                + nullCount + ", emptyCount=" + emptyCount + ", minLength=" + minLength + ", maxLength=" + maxLength
                + ", meanLength=" + meanLength + '}';
    }
}

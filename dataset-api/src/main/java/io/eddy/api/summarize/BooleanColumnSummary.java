package io.eddy.api.summarize;

/** The summary of a boolean column (Flink's class). */
public class BooleanColumnSummary extends ColumnSummary {

    private final long trueCount;
    private final long falseCount;
    private final long nullCount;

    public BooleanColumnSummary(long trueCount, long falseCount, long nullCount) {
        this.trueCount = trueCount;
        this.falseCount = falseCount;
        this.nullCount = nullCount;
    }

    public long getTrueCount() {
        return trueCount;
    }

    public long getFalseCount() {
        return falseCount;
    }

    @Override
    public long getNonNullCount() {
        return trueCount + falseCount;
    }

    @Override
    public long getNullCount() {
        return nullCount;
    }

    @Override
    public String toString() {
        return "BooleanColumnSummary{totalCount=" + getTotalCount() + ", trueCount=" + trueCount + ", falseCount="
                + falseCount + ", nullCount=" + nullCount + '}';
    }
}

package io.eddy.api.summarize;

/** What {@code DataSetUtils.summarize} found in one column (Flink's class): at least the null counts. */
public abstract class ColumnSummary {

    /** All values, null or not. */
    public long getTotalCount() {
        return getNullCount() + getNonNullCount();
    }

    public abstract long getNonNullCount();

    public abstract long getNullCount();

    public boolean containsNull() {
        return getNullCount() > 0L;
    }

    public boolean containsNonNull() {
        return getNonNullCount() > 0L;
    }
}

package io.eddy.api.summarize;

/** The summary of a column of any other type (Flink's class): only null counts. */
public class ObjectColumnSummary extends ColumnSummary {

    private final long notNullCount;
    private final long nullCount;

    public ObjectColumnSummary(long notNullCount, long nullCount) {
        this.notNullCount = notNullCount;
        this.nullCount = nullCount;
    }

    @Override
    public long getNonNullCount() {
        return notNullCount;
    }

    @Override
    public long getNullCount() {
        return nullCount;
    }

    @Override
    public String toString() {
        return "ObjectColumnSummary{totalCount=" + getTotalCount() + ", notNullCount=" + notNullCount + ", nullCount="
                + nullCount + '}';
    }
}

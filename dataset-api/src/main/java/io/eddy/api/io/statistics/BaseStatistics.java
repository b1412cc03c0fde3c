package io.eddy.api.io.statistics;

/**
 * What an input format knows about its data before reading it, for the optimizer's estimates. Any
 * value may be unknown.
 */
public interface BaseStatistics {

    /** Marks an unknown total size. */
    long SIZE_UNKNOWN = -1;

    /** Marks an unknown record count. */
    long NUM_RECORDS_UNKNOWN = -1;

    /** Marks an unknown average record width. */
    float AVG_RECORD_BYTES_UNKNOWN = -1.0f;

    /** The input's total size in bytes, or {@link #SIZE_UNKNOWN}. */
    long getTotalInputSize();

    /** The number of records, or {@link #NUM_RECORDS_UNKNOWN}. */
    long getNumberOfRecords();

    /** The average record size in bytes, or {@link #AVG_RECORD_BYTES_UNKNOWN}. */
    float getAverageRecordWidth();
}

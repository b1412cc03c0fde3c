package io.eddy.api.io;

import io.eddy.api.io.statistics.BaseStatistics;

/** Statistics of an input that knows how many records it holds, but not their size. */
record RecordCountStatistics(long records) implements BaseStatistics {

    static RecordCountStatistics of(long records) {
        return new RecordCountStatistics(records);
    }

    @Override
    public long getTotalInputSize() {
        return SIZE_UNKNOWN;
    }

    @Override
    public long getNumberOfRecords() {
        return records;
    }

    @Override
    public float getAverageRecordWidth() {
        return AVG_RECORD_BYTES_UNKNOWN;
    }
}

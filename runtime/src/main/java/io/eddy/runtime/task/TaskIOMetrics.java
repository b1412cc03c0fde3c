package io.eddy.runtime.task;

/**
 * What one task has read so far, for progress reports while the job runs: records and bytes its
 * sources read (files, collections, generators) and records and bytes it received over exchanges.
 * One thread writes (the task's), any thread reads; the writer publishes in batches (per buffer, per
 * thousands of records), so readers see values that are recent, not exact.
 */
public final class TaskIOMetrics {

    private volatile long recordsRead;
    private volatile long bytesRead;
    private volatile long recordsReceived;
    private volatile long bytesReceived;

    /** The task's thread: its sources read {@code records} more records. */
    public void addRecordsRead(long records) {
        recordsRead += records;
    }

    /** The task's thread: its sources read {@code bytes} more bytes of input (a finished file split). */
    public void addBytesRead(long bytes) {
        bytesRead += bytes;
    }

    void addReceived(long records, long bytes) {
        recordsReceived += records;
        bytesReceived += bytes;
    }

    public long recordsRead() {
        return recordsRead;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long recordsReceived() {
        return recordsReceived;
    }

    public long bytesReceived() {
        return bytesReceived;
    }
}

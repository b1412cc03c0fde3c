package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import java.io.IOException;
import java.io.Serializable;

/**
 * Writes the records of a data sink, as Flink's {@code OutputFormat}.
 *
 * <p>Every sink subtask gets its own copy of the format and calls {@link #configure}, then
 * {@link #open(int, int)}, {@link #writeRecord} per record and {@link #close()}. If the format also
 * implements {@link InitializeOnMaster}, {@link FinalizeOnMaster} or {@link CleanupOnMaster}, the
 * master calls those hooks once per job around the subtasks. One instance is used by one thread.
 *
 * @param <IT> the type of the records consumed
 */
public interface OutputFormat<IT> extends Serializable {

    /** Applies parameters; called before {@link #open}. */
    void configure(Configuration parameters);

    /**
     * Opens the subtask's output.
     *
     * @param taskNumber the subtask index, from 0
     * @param numTasks the sink's parallelism
     */
    void open(int taskNumber, int numTasks) throws IOException;

    /** Writes one record; the record may be reused by the caller after this returns. */
    void writeRecord(IT record) throws IOException;

    /** Flushes and releases the output. Called after the last record, also on success only. */
    void close() throws IOException;
}

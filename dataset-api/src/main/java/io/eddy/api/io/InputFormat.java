package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.statistics.BaseStatistics;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitSource;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads the records of a data source, as Flink's {@code InputFormat}.
 *
 * <p>Lifecycle. On the client or master, a format is {@link #configure configured}, may be asked
 * for {@link #getStatistics statistics}, and {@link #createInputSplits creates its splits} and their
 * {@link #getInputSplitAssigner assigner}. The format object is then serialized into the job; each
 * source subtask gets its own copy and, for every split it is assigned, calls {@link #open}, then
 * loops {@code while (!reachedEnd()) { r = nextRecord(reuse); if (r != null) emit(r); }} and calls
 * {@link #close()}, which is also called when reading failed. One instance is used by one thread.
 *
 * @param <OT> the type of the records produced
 * @param <T> the type of the input splits
 */
public interface InputFormat<OT, T extends InputSplit> extends InputSplitSource<T>, Serializable {

    /** Applies parameters; called once before any other method, on every copy of the format. */
    void configure(Configuration parameters);

    /**
     * Statistics about the input for the optimizer, or null when they cannot be had cheaply.
     *
     * @param cachedStatistics statistics from an earlier call, which the format may return if still valid
     */
    BaseStatistics getStatistics(BaseStatistics cachedStatistics) throws IOException;

    /** Creates the splits; the result may hold fewer than {@code minNumSplits} splits. */
    @Override
    T[] createInputSplits(int minNumSplits) throws IOException;

    /** The assigner that hands the splits to subtasks (e.g. preferring local hosts). */
    @Override
    InputSplitAssigner getInputSplitAssigner(T[] inputSplits);

    /** Starts reading one split. */
    void open(T split) throws IOException;

    /** True when the current split has no more records. */
    boolean reachedEnd() throws IOException;

    /**
     * The next record, possibly written into {@code reuse} (which may be null); null if the split
     * turned out to have no further record (callers then check {@link #reachedEnd()} again).
     */
    OT nextRecord(OT reuse) throws IOException;

    /** Ends reading the current split; releases its resources. Must be safe to call twice. */
    void close() throws IOException;
}

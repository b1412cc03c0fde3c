package io.eddy.runtime.operator;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemorySegment;
import java.util.Collection;
import java.util.List;
import io.eddy.runtime.io.InputSplitProvider;
import java.util.Map;

/**
 * What the runtime gives an operator of one parallel subtask in {@link Operator#open}: who it is,
 * where its input splits come from, its accumulators, its share of managed memory and whether it
 * has been cancelled.
 */
public interface OperatorContext {

    /** The operator's name as shown in plans and error messages. */
    String getOperatorName();

    /** The name of the task (vertex) the operator runs in, with subtask index, e.g. "Map (2/4)". */
    String getTaskNameWithSubtask();

    int getSubtaskIndex();

    int getParallelism();

    /** The class loader for user code. */
    ClassLoader getUserCodeClassLoader();

    /** Whether the caller may overwrite a record object after handing it over (Flink's object reuse). */
    boolean isObjectReuseEnabled();

    /**
     * Without object reuse: whether every record of input {@code input} is a new object that nothing
     * touches after it was handed over (records deserialized from an exchange), so the operator may
     * hold it past {@code processRecord}. Records from a chained operator are not: a user function
     * may modify an object it emitted and emit it again. False if unknown.
     */
    default boolean ownsInputRecords(int input) {
        return false;
    }

    /** Job-wide settings the API put into the job graph (global job parameters and the like). */
    Map<String, String> getJobParameters();

    /**
     * This subtask's accumulators by name. The values must be serializable; the client merges the
     * values of all subtasks when the job finishes. Shared by all operators of the task.
     */
    Map<String, Object> getAccumulators();

    /** Hands out input splits to sources; null for operators of a vertex without a split source. */
    InputSplitProvider getInputSplitProvider();

    boolean isCancelled();

    /**
     * The pages of managed memory reserved for this operator: its weight's share of the slot (see
     * {@link io.eddy.runtime.jobgraph.ChainedOperator#managedMemoryWeight}); 0 if it claimed none.
     */
    int getManagedMemoryPages();

    /**
     * Allocates {@code numPages} pages (at most {@link #getManagedMemoryPages()} in total) for this
     * operator. The operator should return them when it no longer needs them; the task returns
     * whatever is left after {@link Operator#close()} and fails a successful run that leaked pages.
     */
    List<MemorySegment> allocateManagedMemory(int numPages) throws MemoryAllocationException;

    /** Returns pages allocated through {@link #allocateManagedMemory}; empties the collection. */
    void releaseManagedMemory(Collection<MemorySegment> pages);

    /**
     * Allocates up to {@code maxPages} pages beyond this operator's share, out of the shares of
     * operators in its slot whose tasks have ended ({@link io.eddy.runtime.memory.SpareSlotMemory});
     * possibly none. They are released as the others are; once the operator holds no more than its
     * share again, what it borrowed goes back to the slot. For operators that run on after others
     * and can use more memory than their share, such as a loop's cached hash join.
     */
    default List<MemorySegment> borrowSpareMemory(int maxPages) throws MemoryAllocationException {
        return new java.util.ArrayList<>();
    }

    /** The size of a managed memory page in bytes. */
    int getPageSize();

    /**
     * Where the operator's spill files go. Operators delete their files when they close; the task
     * executor's I/O manager removes whatever is left when it shuts down.
     */
    IOManager getIOManager();

    /**
     * The loop this operator runs in, superstep after superstep, with its aggregators; null outside
     * loops.
     */
    default io.eddy.runtime.iteration.IterationContext getIteration() {
        return null;
    }

    /** The task's read counters, where sources report what they read (a detached one in harnesses). */
    default io.eddy.runtime.task.TaskIOMetrics getIOMetrics() {
        return new io.eddy.runtime.task.TaskIOMetrics();
    }
}

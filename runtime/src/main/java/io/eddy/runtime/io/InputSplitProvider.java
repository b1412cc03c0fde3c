package io.eddy.runtime.io;

/**
 * A source subtask's handle to its vertex's split assigner on the master. Splits are assigned
 * lazily, one request at a time, so fast subtasks read more splits than slow ones.
 */
public interface InputSplitProvider {

    /** The next split for this subtask, or null when all splits have been handed out. */
    InputSplit getNextInputSplit() throws Exception;
}

package io.eddy.runtime.io;

/** Decides which split a requesting subtask reads next. Called concurrently by many subtasks. */
public interface InputSplitAssigner {

    /** The next split for a subtask on {@code host} (may be null), or null when none are left. */
    InputSplit getNextInputSplit(String host, int subtaskIndex);
}

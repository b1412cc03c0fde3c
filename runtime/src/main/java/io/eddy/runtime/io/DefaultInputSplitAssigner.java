package io.eddy.runtime.io;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Hands out splits in creation order to whichever subtask asks first. */
public final class DefaultInputSplitAssigner implements InputSplitAssigner {

    private final Deque<InputSplit> remaining;

    public DefaultInputSplitAssigner(InputSplit[] splits) {
        this.remaining = new ArrayDeque<>(Arrays.asList(splits));
    }

    @Override
    public synchronized InputSplit getNextInputSplit(String host, int subtaskIndex) {
        return remaining.pollFirst();
    }
}

package io.eddy.api.io;

import io.eddy.runtime.io.HostNames;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out splits preferring those stored on the requesting host, so that HDFS reads stay local.
 * A host with no local split left gets the remaining split stored on the fewest hosts first: those
 * are the hardest to read locally later, so taking them remotely now costs the least locality.
 * Host names are compared case-insensitively and without domain suffix ({@link HostNames#normalize}),
 * as the coordinator does when it counts where splits were read.
 */
public final class LocatableInputSplitAssigner implements InputSplitAssigner {

    private final InputSplit[] splits;
    private final BitSet assigned;
    private final Map<String, Deque<Integer>> byHost = new HashMap<>();
    private final Deque<Integer> byReplicaCount = new ArrayDeque<>();
    private int remaining;

    public LocatableInputSplitAssigner(InputSplit[] splits) {
        this.splits = splits.clone();
        this.assigned = new BitSet(splits.length);
        this.remaining = splits.length;
        Integer[] order = new Integer[splits.length];
        for (int i = 0; i < splits.length; i++) {
            order[i] = i;
            for (String host : splits[i].getHostnames()) {
                byHost.computeIfAbsent(HostNames.normalize(host), h -> new ArrayDeque<>()).add(i);
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(
                splits[a].getHostnames().length, splits[b].getHostnames().length));
        byReplicaCount.addAll(java.util.Arrays.asList(order));
    }

    @Override
    public synchronized InputSplit getNextInputSplit(String host, int subtaskIndex) {
        if (remaining == 0) {
            return null;
        }
        if (host != null) {
            Deque<Integer> local = byHost.get(HostNames.normalize(host));
            if (local != null) {
                InputSplit split = take(local);
                if (split != null) {
                    return split;
                }
            }
        }
        return take(byReplicaCount);
    }

    /** The number of splits not yet handed out. */
    public synchronized int getNumberOfRemainingSplits() {
        return remaining;
    }

    private InputSplit take(Deque<Integer> candidates) {
        Integer next;
        while ((next = candidates.pollFirst()) != null) {
            if (!assigned.get(next)) {
                assigned.set(next);
                remaining--;
                return splits[next];
            }
        }
        return null;
    }
}

package io.eddy.runtime.testutil;

import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits that name chosen hosts, handed out so that each subtask's reads are known in advance: split
 * n goes to subtask {@code n % parallelism}, whichever host asks. Where a subtask runs then decides
 * alone whether its splits are read locally, which is what locality tests want to see.
 */
public final class HostedSplits implements InputSplitSource<HostedSplits.Split> {

    private static final long serialVersionUID = 1L;

    private final int parallelism;
    private final String[][] hostsPerSplit;

    /** @param hostsPerSplit per split, the hosts it names (an empty array for none) */
    public HostedSplits(int parallelism, String[]... hostsPerSplit) {
        this.parallelism = parallelism;
        this.hostsPerSplit = hostsPerSplit.clone();
    }

    /** Split {@code number}, stored on {@code hosts}. */
    public record Split(int number, String[] hosts) implements InputSplit {
        @Override
        public int getSplitNumber() {
            return number;
        }

        @Override
        public String[] getHostnames() {
            return hosts.clone();
        }
    }

    @Override
    public Split[] createInputSplits(int minNumSplits) {
        Split[] splits = new Split[hostsPerSplit.length];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = new Split(i, hostsPerSplit[i].clone());
        }
        return splits;
    }

    @Override
    public InputSplitAssigner getInputSplitAssigner(Split[] splits) {
        List<Deque<InputSplit>> bySubtask = new ArrayList<>();
        for (int subtask = 0; subtask < parallelism; subtask++) {
            bySubtask.add(new ArrayDeque<>());
        }
        for (Split split : splits) {
            bySubtask.get(split.number() % parallelism).add(split);
        }
        return new InputSplitAssigner() {
            @Override
            public synchronized InputSplit getNextInputSplit(String host, int subtaskIndex) {
                return bySubtask.get(subtaskIndex).pollFirst();
            }
        };
    }
}

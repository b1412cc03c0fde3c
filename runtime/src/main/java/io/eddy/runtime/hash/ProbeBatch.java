package io.eddy.runtime.hash;

import io.eddy.runtime.memory.GatherLoads;

/**
 * The chain heads of a batch of probe hashes, found in rounds of loads that overlap: the home slots
 * of every hash in one loop of loads alone, then the records the chains start with in another
 * ({@link GatherLoads}), so a batch waits for memory about twice instead of twice per record. A
 * join task's batched probes and its block joins of spilled pairs share one.
 */
final class ProbeBatch {

    /** Probe records a block join of a spilled pair reads ahead and probes together. */
    static final int SIZE = 64;

    // sized for a whole batch from the start, for the reason GatherLoads.INITIAL_PLACES gives
    private int[] hashes = new int[SIZE];
    private long[] entries = new long[SIZE];
    private int[] heads = new int[SIZE];
    private final GatherLoads loads = new GatherLoads();

    /** The hashes to fill for a batch of {@code count}: {@code hashes()[i]} is the i-th record's. */
    int[] hashes(int count) {
        if (hashes.length < count) {
            hashes = new int[count];
            entries = new long[count];
            heads = new int[count];
        }
        return hashes;
    }

    /**
     * Finds the chain head of each of the first {@code count} hashes, the i-th in
     * {@code partitions[hash & mask]}, and loads the lines of its first record.
     */
    void locate(HashJoinPartition<?, ?>[] partitions, int mask, int count) {
        loads.reset(count * HashJoinPartition.MAX_HEAD_PLACES);
        for (int i = 0; i < count; i++) {
            int hash = hashes[i];
            partitions[hash & mask].gatherSlot(hash, loads);
        }
        loads.loadLongs(entries);
        loads.reset(count * HashJoinPartition.MAX_HEAD_PLACES);
        for (int i = 0; i < count; i++) {
            int hash = hashes[i];
            HashJoinPartition<?, ?> partition = partitions[hash & mask];
            heads[i] = partition.chainHead(hash, entries[i]);
            partition.gatherHead(heads[i], loads);
        }
        loads.touch();
    }

    /** The i-th record's chain head after {@link #locate}. */
    int head(int i) {
        return heads[i];
    }
}

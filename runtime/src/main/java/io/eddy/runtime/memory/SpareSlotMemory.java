package io.eddy.runtime.memory;

/**
 * The pages of one job's slot that no operator can still claim: the shares of operators whose task
 * has ended. An operator that runs on after them and can use more than its own share (a loop's
 * cached hash join whose build side was spilled) borrows pages from here and gives them back when
 * it no longer holds them.
 *
 * <p>Shares are static, each operator's weight's part of the slot over the whole job, as in Flink,
 * because operators of one slot may run at the same time. Once a task has ended its operators never
 * allocate again, so their shares can go to whoever is still running without over-committing the
 * slot: the operators before a loop (reading and preparing the graph, say) lend their memory to the
 * loop's operators for the supersteps after the first.
 *
 * <p>This is bookkeeping of page counts only; pages are allocated from the {@link MemoryManager}.
 * Thread-safe: the tasks of a slot run in their own threads.
 */
public final class SpareSlotMemory {

    private int pages;

    /** Adds {@code count} pages: the share of an operator whose task ended, or pages given back. */
    public synchronized void add(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative page count: " + count);
        }
        pages += count;
    }

    /** Takes up to {@code max} pages; returns how many were taken (0 if none are spare). */
    public synchronized int borrow(int max) {
        int taken = Math.max(0, Math.min(max, pages));
        pages -= taken;
        return taken;
    }
}

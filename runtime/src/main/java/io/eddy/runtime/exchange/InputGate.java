package io.eddy.runtime.exchange;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Merges all input channels of a task into one stream of buffers. Channels are grouped (the task
 * makes one group per operator input, holding every channel of every edge into it) so the reader
 * can prefer one group while it has data, without ever waiting for it while others have data, or
 * read one group strictly, waiting for it while others have data (for an operator that requires one
 * input to end before it reads another; whether that can deadlock is the plan's business, not the
 * gate's).
 *
 * <p>Channels announce data through their {@link BufferAvailabilityListener}; the gate keeps, per
 * group, a queue of channels known to hold data, each channel at most once. {@link #getNext} takes
 * the gate lock once per buffer (twice if the channel has more), waits on a condition when nothing
 * is available, and serves the groups and the channels within a group round-robin, so no channel
 * starves. Waiting is interruptible: cancelling the task wakes it.
 *
 * <p>Not thread-safe on the reading side: one task thread calls {@link #getNext}; producers call
 * the notification from any thread.
 */
public final class InputGate {

    private final InputChannel[] channels;
    private final int[] groupOfChannel;
    private final int numGroups;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition dataAvailable = lock.newCondition();
    /** Per group, a ring of channel indexes with data; each ring holds every channel of its group at most once. */
    private final int[][] rings;
    private final int[] ringHead;
    private final int[] ringSize;
    private final boolean[] queued;
    private int totalQueued;
    /** The group a strict {@link #getNext(int, boolean)} waits for, or -1; guarded by the lock. */
    private int strictlyAwaitedGroup = -1;
    private int nextGroup;
    private int lastChannel = -1;

    public InputGate(InputChannel[] channels, int[] groupOfChannel, int numGroups) {
        if (channels.length != groupOfChannel.length) {
            throw new IllegalArgumentException("one group per channel needed");
        }
        this.channels = channels.clone();
        this.groupOfChannel = groupOfChannel.clone();
        this.numGroups = numGroups;
        int[] groupSizes = new int[numGroups];
        for (int group : groupOfChannel) {
            groupSizes[group]++;
        }
        this.rings = new int[numGroups][];
        for (int g = 0; g < numGroups; g++) {
            rings[g] = new int[Math.max(1, groupSizes[g])];
        }
        this.ringHead = new int[numGroups];
        this.ringSize = new int[numGroups];
        this.queued = new boolean[channels.length];
    }

    /** Connects every channel's notification to this gate; call once before reading. */
    public void start() {
        for (int c = 0; c < channels.length; c++) {
            final int channel = c;
            channels[c].setAvailabilityListener(() -> enqueue(channel));
        }
    }

    public int numChannels() {
        return channels.length;
    }

    public int numGroups() {
        return numGroups;
    }

    public int groupOf(int channel) {
        return groupOfChannel[channel];
    }

    /**
     * The next buffer of any channel, waiting until one has arrived. A buffer of
     * {@code preferredGroup} is returned if one is available now; pass -1 for no preference.
     * {@link #lastChannel()} then names the channel it came from.
     */
    public Buffer getNext(int preferredGroup) throws InterruptedException {
        return getNext(preferredGroup, false);
    }

    /**
     * The next buffer of group {@code group}, or with {@code strict} false of any group if that one
     * has none now (as {@link #getNext(int)}). With {@code strict} true the call waits until a channel
     * of {@code group} has a buffer, however much data other groups have; the caller must know the
     * group has not ended. Waiting parks the thread on the gate's condition (no spinning) and is
     * interruptible: cancelling the task wakes it with an {@link InterruptedException}.
     */
    public Buffer getNext(int group, boolean strict) throws InterruptedException {
        if (strict && (group < 0 || group >= numGroups)) {
            throw new IllegalArgumentException("no group " + group + " to read strictly; the gate has " + numGroups);
        }
        int channel;
        lock.lockInterruptibly();
        try {
            if (strict) {
                strictlyAwaitedGroup = group;
                try {
                    while (ringSize[group] == 0) {
                        dataAvailable.await();
                    }
                } finally {
                    strictlyAwaitedGroup = -1;
                }
            } else {
                while (totalQueued == 0) {
                    dataAvailable.await();
                }
            }
            channel = dequeue(group);
        } finally {
            lock.unlock();
        }
        InputChannel source = channels[channel];
        Buffer buffer = source.pollNext();
        if (buffer == null) {
            throw new IllegalStateException("channel " + source + " announced data but had none");
        }
        if (source.moreAvailable()) {
            enqueue(channel);
        }
        lastChannel = channel;
        return buffer;
    }

    /** The channel of the buffer the last {@link #getNext} returned. */
    public int lastChannel() {
        return lastChannel;
    }

    /** Releases every channel, returning queued buffers to their producers. */
    public void releaseAll() {
        for (InputChannel channel : channels) {
            channel.release();
        }
    }

    private void enqueue(int channel) {
        lock.lock();
        try {
            if (queued[channel]) {
                return;
            }
            queued[channel] = true;
            int group = groupOfChannel[channel];
            int[] ring = rings[group];
            ring[(ringHead[group] + ringSize[group]) % ring.length] = channel;
            boolean groupWasEmpty = ringSize[group]++ == 0;
            // a strict reader sleeps through data of other groups, so it is woken by its own group only
            if (totalQueued++ == 0 || (groupWasEmpty && group == strictlyAwaitedGroup)) {
                dataAvailable.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock, with at least one channel queued. */
    private int dequeue(int preferredGroup) {
        int group;
        if (preferredGroup >= 0 && preferredGroup < numGroups && ringSize[preferredGroup] > 0) {
            group = preferredGroup;
        } else {
            group = nextGroup;
            while (ringSize[group] == 0) {
                group = group + 1 == numGroups ? 0 : group + 1;
            }
            nextGroup = group + 1 == numGroups ? 0 : group + 1;
        }
        int[] ring = rings[group];
        int channel = ring[ringHead[group]];
        ringHead[group] = ringHead[group] + 1 == ring.length ? 0 : ringHead[group] + 1;
        ringSize[group]--;
        totalQueued--;
        queued[channel] = false;
        return channel;
    }
}

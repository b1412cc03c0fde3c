package io.eddy.runtime.executor;

import io.eddy.runtime.memory.MemoryManager;
import java.util.List;

/**
 * Settings of a {@link MiniCluster}; immutable, change one with the {@code withX} methods:
 * {@code MiniClusterConfiguration.defaults().withNumSlots(4)}.
 *
 * @param numSlots the highest vertex parallelism the cluster runs (all subtasks of a job run at once,
 *        subtasks of different vertices sharing a slot)
 * @param bufferSize bytes per exchange buffer
 * @param buffersPerChannel buffers each producer-to-consumer channel may have in flight; with the
 *        buffer size this bounds how far a producer runs ahead of a slow consumer
 * @param managedMemoryBytes the managed memory of the cluster, split evenly between the slots and
 *        within a slot between the memory-consuming operators by their weights
 * @param pageSize the size of a managed memory page, a power of two
 * @param offHeapMemory whether managed memory lives outside the Java heap
 * @param tempDirectories where operators spill; several directories (disks) are used round-robin
 * @param networkExchanges whether exchanges between tasks go through the network data plane (a
 *        partition server on the loopback interface, credit-based flow control, the job's secret)
 *        instead of memory, as between processes; for testing the data plane with real jobs
 */
public record MiniClusterConfiguration(int numSlots, int bufferSize, int buffersPerChannel, long managedMemoryBytes,
                                       int pageSize, boolean offHeapMemory, List<String> tempDirectories,
                                       boolean networkExchanges) {

    public static final int DEFAULT_BUFFER_SIZE = 32 * 1024;
    public static final int DEFAULT_BUFFERS_PER_CHANNEL = 4;
    /** The smallest managed memory per slot an operator can sort or hash with. */
    public static final long MIN_MANAGED_MEMORY_PER_SLOT = 64L * MemoryManager.MIN_PAGE_SIZE;

    public MiniClusterConfiguration {
        if (numSlots < 1) {
            throw new IllegalArgumentException("numSlots must be at least 1: " + numSlots);
        }
        if (bufferSize < 64) {
            throw new IllegalArgumentException("bufferSize must be at least 64 bytes: " + bufferSize);
        }
        if (buffersPerChannel < 1) {
            throw new IllegalArgumentException("buffersPerChannel must be at least 1: " + buffersPerChannel);
        }
        if (pageSize < MemoryManager.MIN_PAGE_SIZE || Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException("pageSize must be a power of two of at least "
                    + MemoryManager.MIN_PAGE_SIZE + ": " + pageSize);
        }
        if (managedMemoryBytes < MIN_MANAGED_MEMORY_PER_SLOT * numSlots) {
            throw new IllegalArgumentException("managed memory of " + managedMemoryBytes + " bytes is too small for "
                    + numSlots + " slots: at least " + MIN_MANAGED_MEMORY_PER_SLOT + " bytes per slot are needed");
        }
        tempDirectories = List.copyOf(tempDirectories);
        if (tempDirectories.isEmpty()) {
            throw new IllegalArgumentException("at least one temp directory is needed");
        }
    }

    /**
     * One slot per available processor, 32 KiB buffers, 4 buffers per channel, managed memory off the
     * heap of a quarter of the maximum heap size (at least 16 MiB per slot), 32 KiB pages, spilling
     * to {@code java.io.tmpdir}.
     */
    public static MiniClusterConfiguration defaults() {
        int slots = Runtime.getRuntime().availableProcessors();
        return new MiniClusterConfiguration(slots, DEFAULT_BUFFER_SIZE, DEFAULT_BUFFERS_PER_CHANNEL,
                defaultManagedMemory(slots), MemoryManager.DEFAULT_PAGE_SIZE, true,
                List.of(System.getProperty("java.io.tmpdir")), false);
    }

    private static long defaultManagedMemory(int slots) {
        return Math.max(Runtime.getRuntime().maxMemory() / 4, slots * 16L * 1024 * 1024);
    }

    /** Changes the number of slots; managed memory is raised if it would fall below the minimum per slot. */
    public MiniClusterConfiguration withNumSlots(int slots) {
        long memory = Math.max(managedMemoryBytes, slots * MIN_MANAGED_MEMORY_PER_SLOT);
        return new MiniClusterConfiguration(slots, bufferSize, buffersPerChannel, memory, pageSize, offHeapMemory,
                tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withBufferSize(int bytes) {
        return new MiniClusterConfiguration(numSlots, bytes, buffersPerChannel, managedMemoryBytes, pageSize,
                offHeapMemory, tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withBuffersPerChannel(int buffers) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffers, managedMemoryBytes, pageSize, offHeapMemory,
                tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withManagedMemory(long bytes) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffersPerChannel, bytes, pageSize, offHeapMemory,
                tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withPageSize(int bytes) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffersPerChannel, managedMemoryBytes, bytes,
                offHeapMemory, tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withOffHeapMemory(boolean offHeap) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffersPerChannel, managedMemoryBytes, pageSize,
                offHeap, tempDirectories, networkExchanges);
    }

    public MiniClusterConfiguration withTempDirectories(List<String> directories) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffersPerChannel, managedMemoryBytes, pageSize,
                offHeapMemory, directories, networkExchanges);
    }

    public MiniClusterConfiguration withNetworkExchanges(boolean network) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffersPerChannel, managedMemoryBytes, pageSize,
                offHeapMemory, tempDirectories, network);
    }

    /** Pages of managed memory per slot. */
    public int pagesPerSlot() {
        return (int) (managedMemoryBytes / numSlots / pageSize);
    }
}

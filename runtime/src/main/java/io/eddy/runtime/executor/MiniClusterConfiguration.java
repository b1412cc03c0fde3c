package io.eddy.runtime.executor;

/**
 * Settings of a {@link MiniCluster}; immutable, change one with the {@code withX} methods:
 * {@code MiniClusterConfiguration.defaults().withNumSlots(4)}.
 *
 * @param numSlots the highest vertex parallelism the cluster runs (all subtasks of a job run at once,
 *        subtasks of different vertices sharing a slot)
 * @param bufferSize bytes per exchange buffer
 * @param buffersPerChannel buffers each producer-to-consumer channel may have in flight; with the
 *        buffer size this bounds how far a producer runs ahead of a slow consumer
 */
public record MiniClusterConfiguration(int numSlots, int bufferSize, int buffersPerChannel) {

    public static final int DEFAULT_BUFFER_SIZE = 32 * 1024;
    public static final int DEFAULT_BUFFERS_PER_CHANNEL = 4;

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
    }

    /** One slot per available processor, 32 KiB buffers, 4 buffers per channel. */
    public static MiniClusterConfiguration defaults() {
        return new MiniClusterConfiguration(Runtime.getRuntime().availableProcessors(), DEFAULT_BUFFER_SIZE,
                DEFAULT_BUFFERS_PER_CHANNEL);
    }

    public MiniClusterConfiguration withNumSlots(int slots) {
        return new MiniClusterConfiguration(slots, bufferSize, buffersPerChannel);
    }

    public MiniClusterConfiguration withBufferSize(int bytes) {
        return new MiniClusterConfiguration(numSlots, bytes, buffersPerChannel);
    }

    public MiniClusterConfiguration withBuffersPerChannel(int buffers) {
        return new MiniClusterConfiguration(numSlots, bufferSize, buffers);
    }
}

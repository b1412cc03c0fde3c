package io.eddy.runtime.exchange;

import io.eddy.runtime.io.disk.IOManager;
import java.util.function.Function;

/**
 * What one producer subtask emits over one job edge: one {@link ResultSubpartition} per consumer
 * subtask it sends to (a single one for forward edges), each with its own bounded
 * {@link BufferPool}. A pool per channel rather than per partition means a slow consumer holds back
 * only the data meant for it, and the backpressure bound per channel is simply the pool's capacity.
 *
 * <p>A pipelined partition has {@link PipelinedSubpartition}s; a {@linkplain #blocking blocking} one
 * has {@link BlockingSubpartition}s, which return every buffer to the pool as soon as they stored its
 * bytes, so there the pool's capacity never holds the producer back.
 */
public final class ResultPartition {

    private final String description;
    private final ResultSubpartition[] subpartitions;
    private final BufferPool[] pools;

    /** A pipelined partition. */
    public ResultPartition(String description, int numSubpartitions, int buffersPerChannel, int bufferSize) {
        this(description, numSubpartitions, buffersPerChannel, bufferSize, PipelinedSubpartition::new);
    }

    private ResultPartition(String description, int numSubpartitions, int buffersPerChannel, int bufferSize,
                            Function<String, ResultSubpartition> subpartitionFactory) {
        this.description = description;
        this.subpartitions = new ResultSubpartition[numSubpartitions];
        this.pools = new BufferPool[numSubpartitions];
        for (int i = 0; i < numSubpartitions; i++) {
            subpartitions[i] = subpartitionFactory.apply(description + " -> " + i);
            pools[i] = new BufferPool(buffersPerChannel, bufferSize);
        }
    }

    /**
     * A partition whose consumers read only after the producer finished. Each channel keeps as many
     * bytes on the heap as a pipelined channel may have in flight ({@code buffersPerChannel *
     * bufferSize}) and spills the rest through {@code ioManager}, in blocks of the buffer size but at
     * least {@value SpillingByteStore#MIN_BLOCK_SIZE} bytes.
     */
    public static ResultPartition blocking(String description, int numSubpartitions, int buffersPerChannel,
                                           int bufferSize, IOManager ioManager) {
        int memoryBudget = Math.multiplyExact(buffersPerChannel, bufferSize);
        int blockSize = Math.max(bufferSize, SpillingByteStore.MIN_BLOCK_SIZE);
        return new ResultPartition(description, numSubpartitions, buffersPerChannel, bufferSize,
                name -> new BlockingSubpartition(name, ioManager, memoryBudget, blockSize, bufferSize));
    }

    public int numSubpartitions() {
        return subpartitions.length;
    }

    public ResultSubpartition subpartition(int index) {
        return subpartitions[index];
    }

    public BufferPool pool(int index) {
        return pools[index];
    }

    public int bufferSize() {
        return pools[0].bufferSize();
    }

    /**
     * Fails the producer's pending and future buffer requests and drops queued or stored data,
     * deleting spill files (the job is over, or the producer or consumer failed). Idempotent.
     */
    public void release() {
        for (int i = 0; i < subpartitions.length; i++) {
            pools[i].destroy();
            subpartitions[i].release();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}

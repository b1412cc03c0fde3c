package io.eddy.runtime.exchange;

/**
 * What one producer subtask emits over one job edge: one {@link ResultSubpartition} per consumer
 * subtask it sends to (a single one for forward edges), each with its own bounded
 * {@link BufferPool}. A pool per channel rather than per partition means a slow consumer holds back
 * only the data meant for it, and the backpressure bound per channel is simply the pool's capacity.
 */
public final class ResultPartition {

    private final String description;
    private final ResultSubpartition[] subpartitions;
    private final BufferPool[] pools;

    public ResultPartition(String description, int numSubpartitions, int buffersPerChannel, int bufferSize) {
        this.description = description;
        this.subpartitions = new ResultSubpartition[numSubpartitions];
        this.pools = new BufferPool[numSubpartitions];
        for (int i = 0; i < numSubpartitions; i++) {
            subpartitions[i] = new ResultSubpartition(description + " -> " + i);
            pools[i] = new BufferPool(buffersPerChannel, bufferSize);
        }
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

    /** Fails the producer's pending and future buffer requests and drops queued data (the job is over). */
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

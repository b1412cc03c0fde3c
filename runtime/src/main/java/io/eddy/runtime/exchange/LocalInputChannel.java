package io.eddy.runtime.exchange;

/** An {@link InputChannel} that reads straight from a producer's subpartition in the same JVM. */
public final class LocalInputChannel implements InputChannel {

    private final ResultSubpartition subpartition;

    public LocalInputChannel(ResultSubpartition subpartition) {
        this.subpartition = subpartition;
    }

    @Override
    public void setAvailabilityListener(BufferAvailabilityListener listener) {
        subpartition.setAvailabilityListener(listener);
    }

    @Override
    public Buffer pollNext() {
        return subpartition.poll();
    }

    @Override
    public boolean moreAvailable() {
        return subpartition.moreAvailableAfterPoll();
    }

    @Override
    public void release() {
        subpartition.release();
    }

    @Override
    public String toString() {
        return "LocalInputChannel[" + subpartition + "]";
    }
}

package io.eddy.api.accumulators;

/** Keeps the largest long value added over all parallel instances; starts at {@code Long.MIN_VALUE}. */
public class LongMaximum implements SimpleAccumulator<Long> {

    private static final long serialVersionUID = 1L;

    private long max = Long.MIN_VALUE;

    public LongMaximum() {}

    public LongMaximum(long value) {
        this.max = value;
    }

    @Override
    public void add(Long value) {
        add(value.longValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(long value) {
        this.max = Math.max(this.max, value);
    }

    @Override
    public Long getLocalValue() {
        return max;
    }

    public long getLocalValuePrimitive() {
        return max;
    }

    @Override
    public void merge(Accumulator<Long, Long> other) {
        add(other.getLocalValue().longValue());
    }

    @Override
    public void resetLocal() {
        this.max = Long.MIN_VALUE;
    }

    @Override
    public LongMaximum clone() {
        return new LongMaximum(max);
    }

    @Override
    public String toString() {
        return "LongMaximum " + max;
    }
}

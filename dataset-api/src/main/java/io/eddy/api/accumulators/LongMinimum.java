package io.eddy.api.accumulators;

/** Keeps the smallest long value added over all parallel instances; starts at {@code Long.MAX_VALUE}. */
public class LongMinimum implements SimpleAccumulator<Long> {

    private static final long serialVersionUID = 1L;

    private long min = Long.MAX_VALUE;

    public LongMinimum() {}

    public LongMinimum(long value) {
        this.min = value;
    }

    @Override
    public void add(Long value) {
        add(value.longValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(long value) {
        this.min = Math.min(this.min, value);
    }

    @Override
    public Long getLocalValue() {
        return min;
    }

    public long getLocalValuePrimitive() {
        return min;
    }

    @Override
    public void merge(Accumulator<Long, Long> other) {
        add(other.getLocalValue().longValue());
    }

    @Override
    public void resetLocal() {
        this.min = Long.MAX_VALUE;
    }

    @Override
    public LongMinimum clone() {
        return new LongMinimum(min);
    }

    @Override
    public String toString() {
        return "LongMinimum " + min;
    }
}

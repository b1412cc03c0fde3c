package io.eddy.api.accumulators;

/** Keeps the largest int value added over all parallel instances; starts at {@code Integer.MIN_VALUE}. */
public class IntMaximum implements SimpleAccumulator<Integer> {

    private static final long serialVersionUID = 1L;

    private int max = Integer.MIN_VALUE;

    public IntMaximum() {}

    public IntMaximum(int value) {
        this.max = value;
    }

    @Override
    public void add(Integer value) {
        add(value.intValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(int value) {
        this.max = Math.max(this.max, value);
    }

    @Override
    public Integer getLocalValue() {
        return max;
    }

    public int getLocalValuePrimitive() {
        return max;
    }

    @Override
    public void merge(Accumulator<Integer, Integer> other) {
        add(other.getLocalValue().intValue());
    }

    @Override
    public void resetLocal() {
        this.max = Integer.MIN_VALUE;
    }

    @Override
    public IntMaximum clone() {
        return new IntMaximum(max);
    }

    @Override
    public String toString() {
        return "IntMaximum " + max;
    }
}

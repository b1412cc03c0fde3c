package io.eddy.api.accumulators;

/** Keeps the smallest int value added over all parallel instances; starts at {@code Integer.MAX_VALUE}. */
public class IntMinimum implements SimpleAccumulator<Integer> {

    private static final long serialVersionUID = 1L;

    private int min = Integer.MAX_VALUE;

    public IntMinimum() {}

    public IntMinimum(int value) {
        this.min = value;
    }

    @Override
    public void add(Integer value) {
        add(value.intValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(int value) {
        this.min = Math.min(this.min, value);
    }

    @Override
    public Integer getLocalValue() {
        return min;
    }

    public int getLocalValuePrimitive() {
        return min;
    }

    @Override
    public void merge(Accumulator<Integer, Integer> other) {
        add(other.getLocalValue().intValue());
    }

    @Override
    public void resetLocal() {
        this.min = Integer.MAX_VALUE;
    }

    @Override
    public IntMinimum clone() {
        return new IntMinimum(min);
    }

    @Override
    public String toString() {
        return "IntMinimum " + min;
    }
}

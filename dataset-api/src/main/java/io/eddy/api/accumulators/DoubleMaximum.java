package io.eddy.api.accumulators;

/** Keeps the largest double value added over all parallel instances; starts at {@code Double.NEGATIVE_INFINITY}. */
public class DoubleMaximum implements SimpleAccumulator<Double> {

    private static final long serialVersionUID = 1L;

    private double max = Double.NEGATIVE_INFINITY;

    public DoubleMaximum() {}

    public DoubleMaximum(double value) {
        this.max = value;
    }

    @Override
    public void add(Double value) {
        add(value.doubleValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(double value) {
        this.max = Math.max(this.max, value);
    }

    @Override
    public Double getLocalValue() {
        return max;
    }

    public double getLocalValuePrimitive() {
        return max;
    }

    @Override
    public void merge(Accumulator<Double, Double> other) {
        add(other.getLocalValue().doubleValue());
    }

    @Override
    public void resetLocal() {
        this.max = Double.NEGATIVE_INFINITY;
    }

    @Override
    public DoubleMaximum clone() {
        return new DoubleMaximum(max);
    }

    @Override
    public String toString() {
        return "DoubleMaximum " + max;
    }
}

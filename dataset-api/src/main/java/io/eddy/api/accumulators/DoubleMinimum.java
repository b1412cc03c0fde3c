package io.eddy.api.accumulators;

/** Keeps the smallest double value added over all parallel instances; starts at {@code Double.POSITIVE_INFINITY}. */
public class DoubleMinimum implements SimpleAccumulator<Double> {

    private static final long serialVersionUID = 1L;

    private double min = Double.POSITIVE_INFINITY;

    public DoubleMinimum() {}

    public DoubleMinimum(double value) {
        this.min = value;
    }

    @Override
    public void add(Double value) {
        add(value.doubleValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(double value) {
        this.min = Math.min(this.min, value);
    }

    @Override
    public Double getLocalValue() {
        return min;
    }

    public double getLocalValuePrimitive() {
        return min;
    }

    @Override
    public void merge(Accumulator<Double, Double> other) {
        add(other.getLocalValue().doubleValue());
    }

    @Override
    public void resetLocal() {
        this.min = Double.POSITIVE_INFINITY;
    }

    @Override
    public DoubleMinimum clone() {
        return new DoubleMinimum(min);
    }

    @Override
    public String toString() {
        return "DoubleMinimum " + min;
    }
}

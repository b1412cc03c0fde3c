package io.eddy.api.accumulators;

/**
 * The arithmetic mean of all values added over all parallel instances; 0.0 while nothing was added.
 * Keeps a sum and a count, so merging partial averages weights each by its number of values.
 */
public class AverageAccumulator implements SimpleAccumulator<Double> {

    private static final long serialVersionUID = 1L;

    private long count;
    private double sum;

    @Override
    public void add(Double value) {
        add(value.doubleValue());
    }

    /** Adds a primitive value without boxing. */
    public void add(double value) {
        count++;
        sum += value;
    }

    public void add(long value) {
        count++;
        sum += value;
    }

    public void add(int value) {
        count++;
        sum += value;
    }

    @Override
    public Double getLocalValue() {
        return count == 0 ? 0.0 : sum / count;
    }

    /** The number of values the average is taken over. */
    public long getCount() {
        return count;
    }

    @Override
    public void resetLocal() {
        count = 0;
        sum = 0.0;
    }

    /** Adds another average's values; only another {@code AverageAccumulator} carries the count needed. */
    @Override
    public void merge(Accumulator<Double, Double> other) {
        if (!(other instanceof AverageAccumulator)) {
            throw new IllegalArgumentException("An AverageAccumulator can only merge another AverageAccumulator, not "
                    + (other == null ? "null" : other.getClass().getName()));
        }
        AverageAccumulator average = (AverageAccumulator) other;
        count += average.count;
        sum += average.sum;
    }

    @Override
    public AverageAccumulator clone() {
        AverageAccumulator copy = new AverageAccumulator();
        copy.count = count;
        copy.sum = sum;
        return copy;
    }

    @Override
    public String toString() {
        return "AverageAccumulator " + getLocalValue() + " for " + count + " elements";
    }
}

package io.eddy.api.accumulators;

import java.util.ArrayList;

/**
 * Collects every value added, over all parallel instances, into one list. The values are kept as
 * objects and shipped with Java serialization, so this suits small results; for large ones use
 * {@link SerializedListAccumulator}, which stores them in their serialized form.
 *
 * @param <T> the type of the collected values, which must be serializable
 */
public class ListAccumulator<T> implements Accumulator<T, ArrayList<T>> {

    private static final long serialVersionUID = 1L;

    private ArrayList<T> localValue = new ArrayList<>();

    @Override
    public void add(T value) {
        localValue.add(value);
    }

    @Override
    public ArrayList<T> getLocalValue() {
        return localValue;
    }

    @Override
    public void resetLocal() {
        localValue = new ArrayList<>();
    }

    @Override
    public void merge(Accumulator<T, ArrayList<T>> other) {
        localValue.addAll(other.getLocalValue());
    }

    @Override
    public ListAccumulator<T> clone() {
        ListAccumulator<T> copy = new ListAccumulator<>();
        copy.localValue = new ArrayList<>(localValue);
        return copy;
    }

    @Override
    public String toString() {
        return "ListAccumulator " + localValue;
    }
}

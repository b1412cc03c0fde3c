package io.eddy.api.operators.translation;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;

/** Emits the first {@code n} records of a group; also its own combiner. */
public final class FirstReducer<T> implements GroupReduceFunction<T, T>, GroupCombineFunction<T, T> {

    private static final long serialVersionUID = 1L;

    private final int count;

    public FirstReducer(int n) {
        this.count = n;
    }

    @Override
    public void reduce(Iterable<T> values, Collector<T> out) {
        int emitted = 0;
        for (T value : values) {
            if (emitted++ >= count) {
                break;
            }
            out.collect(value);
        }
    }

    @Override
    public void combine(Iterable<T> values, Collector<T> out) {
        reduce(values, out);
    }
}

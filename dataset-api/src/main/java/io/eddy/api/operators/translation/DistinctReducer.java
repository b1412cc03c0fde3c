package io.eddy.api.operators.translation;

import io.eddy.api.functions.ReduceFunction;

/** Keeps one record per key: the reduce function behind {@code distinct()}. */
public final class DistinctReducer<T> implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public T reduce(T value1, T value2) {
        return value1;
    }
}

package io.eddy.api.operators.translation;

import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeutils.TupleTypeInfo;

/** Keeps the tuple with the smallest values in the given fields (compared in order); ties keep the first. */
public final class SelectByMinFunction<T extends Tuple> implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;

    private final int[] fields;

    public SelectByMinFunction(TupleTypeInfo<T> type, int... fields) {
        this.fields = SelectByFields.validate(type, fields, "minBy");
    }

    @Override
    public T reduce(T value1, T value2) {
        return SelectByFields.compare(value1, value2, fields) <= 0 ? value1 : value2;
    }
}

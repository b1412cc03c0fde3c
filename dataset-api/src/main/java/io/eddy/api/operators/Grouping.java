package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.Partitioner;

/**
 * A DataSet grouped by keys: not a DataSet itself, but the input of group-wise operations
 * (reduce, reduceGroup, aggregate, first, ...).
 */
public abstract class Grouping<T> {

    protected final DataSet<T> inputDataSet;
    protected final Keys<T> keys;
    protected Partitioner<?> customPartitioner;

    protected Grouping(DataSet<T> set, Keys<T> keys) {
        if (set == null || keys == null) {
            throw new NullPointerException("data set and keys must be set");
        }
        if (keys.isEmpty()) {
            throw new InvalidProgramException("The grouping keys must not be empty.");
        }
        this.inputDataSet = set;
        this.keys = keys;
    }

    public DataSet<T> getInputDataSet() {
        return inputDataSet;
    }

    public Keys<T> getKeys() {
        return keys;
    }

    public Partitioner<?> getCustomPartitioner() {
        return customPartitioner;
    }
}

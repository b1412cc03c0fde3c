package io.eddy.api.functions;

/** Transforms a whole parallel partition at once. */
@FunctionalInterface
public interface MapPartitionFunction<T, O> extends Function {

    void mapPartition(Iterable<T> values, Collector<O> out) throws Exception;
}

package io.eddy.api.functions;

/** Processes all records of a group (or of the whole data set) at once. */
@FunctionalInterface
public interface GroupReduceFunction<T, O> extends Function {

    void reduce(Iterable<T> values, Collector<O> out) throws Exception;
}

package io.eddy.api.functions;

/** Combines two records of a group into one, repeatedly, until one is left. Must be associative and commutative: it also runs as a combiner. */
@FunctionalInterface
public interface ReduceFunction<T> extends Function {

    T reduce(T value1, T value2) throws Exception;
}

package io.eddy.api.functions;

/** Transforms each record into exactly one record. */
@FunctionalInterface
public interface MapFunction<T, O> extends Function {

    O map(T value) throws Exception;
}

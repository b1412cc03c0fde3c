package io.eddy.api.functions;

/** Combines a group of records into one, as a pre-aggregation. */
@FunctionalInterface
public interface CombineFunction<IN, OUT> extends Function {

    OUT combine(Iterable<IN> values) throws Exception;
}

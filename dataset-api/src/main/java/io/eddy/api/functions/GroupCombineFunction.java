package io.eddy.api.functions;

/** Combines the records of a group that are available locally, before or without a shuffle. */
@FunctionalInterface
public interface GroupCombineFunction<IN, OUT> extends Function {

    void combine(Iterable<IN> values, Collector<OUT> out) throws Exception;
}

package io.eddy.api.functions;

/** Processes the groups of both inputs that share a key; either group may be empty. */
@FunctionalInterface
public interface CoGroupFunction<IN1, IN2, O> extends Function {

    void coGroup(Iterable<IN1> first, Iterable<IN2> second, Collector<O> out) throws Exception;
}

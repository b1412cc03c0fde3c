package io.eddy.api.functions;

/** Combines one record of each input, for every pair of the Cartesian product. */
@FunctionalInterface
public interface CrossFunction<IN1, IN2, OUT> extends Function {

    OUT cross(IN1 val1, IN2 val2) throws Exception;
}

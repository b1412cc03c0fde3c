package io.eddy.api.functions;

/** Joins a pair of records with equal keys into one record. In outer joins, one side may be null. */
@FunctionalInterface
public interface JoinFunction<IN1, IN2, OUT> extends Function {

    OUT join(IN1 first, IN2 second) throws Exception;
}

package io.eddy.api.functions;

/** Joins a pair of records with equal keys into zero or more records. In outer joins, one side may be null. */
@FunctionalInterface
public interface FlatJoinFunction<IN1, IN2, OUT> extends Function {

    void join(IN1 first, IN2 second, Collector<OUT> out) throws Exception;
}

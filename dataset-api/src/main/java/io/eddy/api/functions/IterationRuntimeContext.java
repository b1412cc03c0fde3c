package io.eddy.api.functions;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.types.Value;

/** The runtime context of a function inside an iteration step: superstep number and aggregators. */
public interface IterationRuntimeContext extends RuntimeContext {

    /** The current superstep, counting from 1. */
    int getSuperstepNumber();

    <T extends Aggregator<?>> T getIterationAggregator(String name);

    /** The aggregate of the previous superstep for {@code name}. */
    <T extends Value> T getPreviousIterationAggregate(String name);
}

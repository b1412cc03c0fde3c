package io.eddy.exec;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.functions.IterationRuntimeContext;
import io.eddy.api.types.Value;
import io.eddy.runtime.iteration.IterationContext;
import io.eddy.runtime.iteration.SuperstepAggregator;
import io.eddy.runtime.operator.OperatorContext;
import java.util.List;
import java.util.Map;

/**
 * The runtime context of a user function that runs inside a loop: what {@link DriverRuntimeContext}
 * offers, plus the superstep number and the loop's aggregators, read from the task's
 * {@link IterationContext}.
 */
final class IterationDriverRuntimeContext extends DriverRuntimeContext implements IterationRuntimeContext {

    private final IterationContext iteration;

    IterationDriverRuntimeContext(OperatorContext context, ExecutionConfig executionConfig,
                                  Map<String, List<Object>> broadcastSets) {
        super(context, executionConfig, broadcastSets);
        this.iteration = context.getIteration();
    }

    @Override
    public int getSuperstepNumber() {
        return iteration.superstep();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Aggregator<?>> T getIterationAggregator(String name) {
        SuperstepAggregator aggregator = iteration.aggregator(name);
        if (aggregator == null) {
            return null;
        }
        return (T) ((IterationAdapters.AggregatorAdapter) aggregator).aggregator();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Value> T getPreviousIterationAggregate(String name) {
        if (iteration.aggregator(name) == null) {
            throw new IllegalArgumentException("No aggregator is registered under the name '" + name + "' in loop '"
                    + iteration.loopName() + "'");
        }
        return (T) iteration.previousAggregate(name);
    }
}

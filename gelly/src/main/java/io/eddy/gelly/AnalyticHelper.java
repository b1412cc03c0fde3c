package io.eddy.gelly;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.RichOutputFormat;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

/**
 * The sink of a {@link GraphAnalytic}: it consumes the records the analytic computed and leaves
 * its result in accumulators, named per helper instance so that two analytics in one plan, or the
 * same analytic run twice, never share one.
 *
 * @param <T> the type of the records consumed
 */
public abstract class AnalyticHelper<T> extends RichOutputFormat<T> {

    private static final String SEPARATOR = "-";

    private final String id = UUID.randomUUID().toString();

    @Override
    public void configure(Configuration parameters) {
    }

    @Override
    public void open(int taskNumber, int numTasks) throws IOException {
    }

    /** Registers an accumulator under this helper's own name space; subtasks' values are merged. */
    public <V, A extends Serializable> void addAccumulator(String name, Accumulator<V, A> accumulator) {
        getRuntimeContext().addAccumulator(id + SEPARATOR + name, accumulator);
    }

    /** The merged value of one of this helper's accumulators, from the last job the environment ran. */
    public <A> A getAccumulator(ExecutionEnvironment env, String accumulatorName) {
        JobExecutionResult result = env.getLastJobExecutionResult();
        if (result == null) {
            throw new IllegalStateException("No job has run yet: execute the plan before reading the result");
        }
        return result.getAccumulatorResult(id + SEPARATOR + accumulatorName);
    }
}

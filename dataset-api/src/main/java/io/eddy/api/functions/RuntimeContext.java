package io.eddy.api.functions;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.accumulators.DoubleCounter;
import io.eddy.api.accumulators.Histogram;
import io.eddy.api.accumulators.IntCounter;
import io.eddy.api.accumulators.LongCounter;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a rich function sees of the parallel instance it runs in: its index and the parallelism,
 * broadcast variables, accumulators and the execution config.
 */
public interface RuntimeContext {

    String getTaskName();

    String getTaskNameWithSubtasks();

    int getNumberOfParallelSubtasks();

    int getMaxNumberOfParallelSubtasks();

    int getIndexOfThisSubtask();

    int getAttemptNumber();

    ExecutionConfig getExecutionConfig();

    ClassLoader getUserCodeClassLoader();

    <V, A extends Serializable> void addAccumulator(String name, Accumulator<V, A> accumulator);

    <V, A extends Serializable> Accumulator<V, A> getAccumulator(String name);

    IntCounter getIntCounter(String name);

    LongCounter getLongCounter(String name);

    DoubleCounter getDoubleCounter(String name);

    Histogram getHistogram(String name);

    boolean hasBroadcastVariable(String name);

    <RT> List<RT> getBroadcastVariable(String name);

    <T, C> C getBroadcastVariableWithInitializer(String name, BroadcastVariableInitializer<T, C> initializer);

    /** The job's global parameters as a map (from ExecutionConfig.setGlobalJobParameters). */
    default Map<String, String> getGlobalJobParameters() {
        return getExecutionConfig().getGlobalJobParameters().toMap();
    }
}

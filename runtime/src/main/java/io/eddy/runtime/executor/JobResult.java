package io.eddy.runtime.executor;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a successful job.
 *
 * @param jobName the job's name
 * @param netRuntimeMillis wall time from the start of the first task to the end of the last
 * @param accumulators the accumulator values of every subtask, by name; the DataSet API merges them
 * @param supersteps what every superstep of every loop of the job did, in order
 */
public record JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators,
                        List<io.eddy.runtime.iteration.SuperstepStats> supersteps) implements java.io.Serializable {

    public JobResult {
        accumulators = Map.copyOf(accumulators);
        supersteps = List.copyOf(supersteps);
    }

    /** The result of a job without loops. */
    public JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators) {
        this(jobName, netRuntimeMillis, accumulators, List.of());
    }
}

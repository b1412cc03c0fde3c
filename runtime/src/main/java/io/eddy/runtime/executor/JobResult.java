package io.eddy.runtime.executor;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a successful job.
 *
 * @param jobName the job's name
 * @param netRuntimeMillis wall time from the start of the first task to the end of the last
 * @param accumulators the accumulator values of every subtask, by name; the DataSet API merges them
 */
public record JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators) {

    public JobResult {
        accumulators = Map.copyOf(accumulators);
    }
}

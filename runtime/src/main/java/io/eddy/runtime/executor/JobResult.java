package io.eddy.runtime.executor;

import io.eddy.runtime.io.InputSplitLocality;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a successful job.
 *
 * @param jobName the job's name
 * @param netRuntimeMillis wall time from the start of the first task to the end of the last
 * @param accumulators the accumulator values of every subtask, by name; the DataSet API merges them
 * @param supersteps what every superstep of every loop of the job did, in order
 * @param inputSplitLocality where the input splits of the successful attempt were read; never null (a
 *        result serialized without it reads back as {@link InputSplitLocality#NONE})
 */
public record JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators,
                        List<io.eddy.runtime.iteration.SuperstepStats> supersteps,
                        InputSplitLocality inputSplitLocality) implements java.io.Serializable {

    public JobResult {
        accumulators = Map.copyOf(accumulators);
        supersteps = List.copyOf(supersteps);
        inputSplitLocality = inputSplitLocality == null ? InputSplitLocality.NONE : inputSplitLocality;
    }

    /** The result of a job that read no input splits. */
    public JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators,
                     List<io.eddy.runtime.iteration.SuperstepStats> supersteps) {
        this(jobName, netRuntimeMillis, accumulators, supersteps, InputSplitLocality.NONE);
    }

    /** The result of a job without loops that read no input splits. */
    public JobResult(String jobName, long netRuntimeMillis, Map<String, List<Object>> accumulators) {
        this(jobName, netRuntimeMillis, accumulators, List.of());
    }
}

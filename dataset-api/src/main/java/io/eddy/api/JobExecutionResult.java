package io.eddy.api;

import io.eddy.runtime.io.InputSplitLocality;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The result of a finished job: its net run time and the merged accumulator values, and (Eddy's
 * additions) its supersteps and where its input splits were read.
 */
public class JobExecutionResult {

    private final JobID jobId;
    private final long netRuntimeMillis;
    private final Map<String, Object> accumulatorResults;
    private java.util.List<io.eddy.runtime.iteration.SuperstepStats> supersteps = java.util.List.of();
    private InputSplitLocality inputSplitLocality = InputSplitLocality.NONE;

    public JobExecutionResult(JobID jobId, long netRuntimeMillis, Map<String, Object> accumulatorResults) {
        this.jobId = jobId;
        this.netRuntimeMillis = netRuntimeMillis;
        this.accumulatorResults = Collections.unmodifiableMap(accumulatorResults);
    }

    /**
     * Eddy's addition: what every superstep of every iteration of the job did (its time, the records
     * fed back, the termination criterion's records and the aggregator values), in order.
     */
    public java.util.List<io.eddy.runtime.iteration.SuperstepStats> getSuperstepStatistics() {
        return supersteps;
    }

    /** Sets what {@link #getSuperstepStatistics()} returns; called by executors. */
    public JobExecutionResult withSuperstepStatistics(java.util.List<io.eddy.runtime.iteration.SuperstepStats> stats) {
        this.supersteps = java.util.List.copyOf(stats);
        return this;
    }

    /**
     * Eddy's addition: how many of the job's input splits were read on a host that stores them, how
     * many elsewhere, and how many name no host (generated input, files without block locations).
     * Counts the successful attempt only; all zero for a job that read no splits.
     */
    public InputSplitLocality getInputSplitLocality() {
        return inputSplitLocality;
    }

    /** Sets what {@link #getInputSplitLocality()} returns; called by executors. */
    public JobExecutionResult withInputSplitLocality(InputSplitLocality locality) {
        this.inputSplitLocality = java.util.Objects.requireNonNull(locality, "locality");
        return this;
    }

    public JobID getJobID() {
        return jobId;
    }

    /** Wall time of the job in milliseconds. */
    public long getNetRuntime() {
        return netRuntimeMillis;
    }

    public long getNetRuntime(TimeUnit unit) {
        return unit.convert(netRuntimeMillis, TimeUnit.MILLISECONDS);
    }

    /** The merged value of the accumulator {@code name}, or null if no function registered it. */
    @SuppressWarnings("unchecked")
    public <T> T getAccumulatorResult(String name) {
        return (T) accumulatorResults.get(name);
    }

    /** The merged value of an IntCounter; kept for Flink programs that still call it. */
    @Deprecated
    public Integer getIntCounterResult(String name) {
        Object result = accumulatorResults.get(name);
        if (result == null) {
            return null;
        }
        if (!(result instanceof Integer)) {
            throw new ClassCastException("Requested result of the accumulator '" + name
                    + "' should be Integer but has type " + result.getClass());
        }
        return (Integer) result;
    }

    public Map<String, Object> getAllAccumulatorResults() {
        return accumulatorResults;
    }

    @Override
    public String toString() {
        return "JobExecutionResult{jobId=" + jobId + ", netRuntime=" + netRuntimeMillis + " ms, accumulators="
                + accumulatorResults + ", inputSplits=" + inputSplitLocality + "}";
    }
}

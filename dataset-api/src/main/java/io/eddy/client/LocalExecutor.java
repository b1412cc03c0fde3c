package io.eddy.client;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.JobID;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.compiler.JobGraphCompiler;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.executor.MiniCluster;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a program plan on an embedded {@link MiniCluster} in this JVM and merges the accumulators of
 * all subtasks into the result, the way a cluster client would.
 */
public final class LocalExecutor {

    private LocalExecutor() {}

    public static JobExecutionResult execute(ProgramPlan plan) throws Exception {
        JobGraph job = JobGraphCompiler.compile(plan);
        int slots = job.vertices().stream().mapToInt(JobVertex::parallelism).max().orElse(1);
        try (MiniCluster cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(slots))) {
            JobResult result = cluster.execute(job);
            return new JobExecutionResult(new JobID(), result.netRuntimeMillis(), mergeAccumulators(result.accumulators()));
        }
    }

    /** Merges each accumulator's per-subtask values into one and returns their results. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, Object> mergeAccumulators(Map<String, List<Object>> bySubtask) {
        Map<String, Object> results = new HashMap<>();
        for (Map.Entry<String, List<Object>> e : bySubtask.entrySet()) {
            Accumulator merged = null;
            for (Object value : e.getValue()) {
                if (!(value instanceof Accumulator<?, ?> acc)) {
                    throw new IllegalStateException("The accumulator '" + e.getKey() + "' holds a "
                            + value.getClass().getName() + ", not an Accumulator");
                }
                if (merged == null) {
                    merged = acc.clone();
                } else if (merged.getClass() != acc.getClass()) {
                    throw new UnsupportedOperationException("The accumulator '" + e.getKey() + "' has different types in "
                            + "different subtasks: " + merged.getClass().getName() + " and " + acc.getClass().getName());
                } else {
                    merged.merge(acc);
                }
            }
            if (merged != null) {
                results.put(e.getKey(), merged.getLocalValue());
            }
        }
        return results;
    }
}

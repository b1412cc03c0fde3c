package io.eddy.client;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.JobID;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.configuration.CoreOptions;
import io.eddy.api.configuration.MemorySize;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.compiler.JobGraphCompiler;
import io.eddy.api.execution.PlanExecutor;
import io.eddy.compiler.PlanJson;
import io.eddy.optimizer.Optimizer;
import io.eddy.plan.LogicalPlan;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.executor.MiniCluster;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import io.eddy.api.execution.JobListener;
import io.eddy.runtime.executor.JobClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a program plan on an embedded {@link MiniCluster} in this JVM and merges the accumulators of
 * all subtasks into the result, the way a cluster client would.
 */
public final class LocalExecutor implements PlanExecutor {

    /**
     * Set to {@code true}, exchanges between tasks go through the network data plane on the loopback
     * interface instead of memory, as between processes: to test that plane with real jobs.
     */
    public static final String NETWORK_EXCHANGES = "eddy.exchange.network";

    /** Created by the {@link java.util.ServiceLoader}. */
    public LocalExecutor() {}

    @Override
    public String name() {
        return "local";
    }

    @Override
    public JobExecutionResult execute(LogicalPlan plan, Configuration configuration, List<JobListener> listeners)
            throws Exception {
        return run(plan, configuration, listeners);
    }

    @Override
    public String explain(LogicalPlan plan) {
        return PlanJson.toJson(Optimizer.optimize(plan));
    }

    /** Optimizes and compiles {@code plan} and runs it on a mini cluster configured by {@code configuration}. */
    public static JobExecutionResult run(LogicalPlan plan, Configuration configuration) throws Exception {
        return run(plan, configuration, List.of());
    }

    /** As {@link #run(LogicalPlan, Configuration)}, telling {@code listeners} when the job is submitted and has ended. */
    public static JobExecutionResult run(LogicalPlan plan, Configuration configuration, List<JobListener> listeners)
            throws Exception {
        JobGraph job = ClusterExecutor.withRuntimeSettings(JobGraphCompiler.compile(Optimizer.optimize(plan)), configuration);
        int parallelism = job.vertices().stream().mapToInt(JobVertex::parallelism).max().orElse(1);
        try (MiniCluster cluster = new MiniCluster(clusterConfiguration(configuration, parallelism))) {
            return runJob(() -> cluster.submit(job), listeners);
        }
    }

    /** What submits a job and returns its handle. */
    @FunctionalInterface
    interface Submission {
        JobClient submit() throws Exception;
    }

    /**
     * Submits a job, tells {@code listeners} it was submitted, waits for its end (cancelling it if this
     * thread is interrupted), tells them how it ended, and returns the result with merged
     * accumulators: the same for every executor.
     */
    static JobExecutionResult runJob(Submission submission, List<JobListener> listeners) throws Exception {
        JobClient client;
        try {
            client = submission.submit();
        } catch (Exception e) {
            listeners.forEach(l -> l.onJobSubmitted(null, e));
            throw e;
        }
        listeners.forEach(l -> l.onJobSubmitted(client, null));
        JobExecutionResult executed;
        try {
            JobResult result = client.awaitResult();
            executed = new JobExecutionResult(new JobID(), result.netRuntimeMillis(),
                    mergeAccumulators(result.accumulators())).withSuperstepStatistics(result.supersteps())
                    .withInputSplitLocality(result.inputSplitLocality());
        } catch (InterruptedException e) {
            client.cancel();
            listeners.forEach(l -> l.onJobExecuted(null, e));
            throw e;
        } catch (Exception e) {
            listeners.forEach(l -> l.onJobExecuted(null, e));
            throw e;
        }
        listeners.forEach(l -> l.onJobExecuted(executed, null));
        return executed;
    }

    /**
     * The mini cluster settings: slots, managed memory, page size and spill directories from
     * {@code configuration}, else from system properties of the same keys, else the defaults
     * ({@link MiniClusterConfiguration#defaults()} with as many slots as the widest vertex).
     */
    static MiniClusterConfiguration clusterConfiguration(Configuration configuration, int parallelism) {
        Configuration effective = new Configuration();
        for (String key : List.of(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), TaskManagerOptions.MEMORY_SEGMENT_SIZE.key(),
                TaskManagerOptions.NUM_TASK_SLOTS.key(), CoreOptions.TMP_DIRS.key(), NETWORK_EXCHANGES)) {
            String property = System.getProperty(key);
            if (property != null) {
                effective.setString(key, property);
            }
        }
        effective.addAll(configuration);
        int slots = Math.max(parallelism, effective.contains(TaskManagerOptions.NUM_TASK_SLOTS)
                ? effective.get(TaskManagerOptions.NUM_TASK_SLOTS) : parallelism);
        MiniClusterConfiguration cluster = MiniClusterConfiguration.defaults().withNumSlots(slots)
                .withPageSize(toIntBytes(effective.get(TaskManagerOptions.MEMORY_SEGMENT_SIZE)))
                .withTempDirectories(splitDirectories(effective.get(CoreOptions.TMP_DIRS)));
        if (Boolean.parseBoolean(effective.getString(NETWORK_EXCHANGES, "false"))) {
            cluster = cluster.withNetworkExchanges(true);
        }
        if (effective.contains(TaskManagerOptions.MANAGED_MEMORY_SIZE)) {
            cluster = cluster.withManagedMemory(effective.get(TaskManagerOptions.MANAGED_MEMORY_SIZE).getBytes());
        }
        return cluster;
    }

    private static int toIntBytes(MemorySize size) {
        if (size.getBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(TaskManagerOptions.MEMORY_SEGMENT_SIZE.key() + " is too large: " + size);
        }
        return (int) size.getBytes();
    }

    private static List<String> splitDirectories(String value) {
        List<String> directories = new ArrayList<>();
        for (String dir : value.split("[," + Pattern.quote(File.pathSeparator) + "]")) {
            if (!dir.isBlank()) {
                directories.add(dir.trim());
            }
        }
        return directories;
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

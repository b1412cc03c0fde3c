package io.eddy.api;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.execution.PlanExecutor;
import io.eddy.plan.LogicalPlan;

/**
 * Runs programs on an embedded local cluster in this JVM: the same tasks, exchanges and buffers as
 * on a cluster, as threads. A new local cluster is started for every job and shut down after it.
 * Its managed memory, page size, slots and spill directories come from the configuration given at
 * construction ({@link io.eddy.api.configuration.TaskManagerOptions},
 * {@link io.eddy.api.configuration.CoreOptions#TMP_DIRS}), or from JVM system properties of the
 * same names (e.g. {@code -Dtaskmanager.memory.managed.size=512m}).
 */
public class LocalEnvironment extends ExecutionEnvironment {

    private final Configuration configuration;

    public LocalEnvironment() {
        this(new Configuration());
    }

    /** A local environment whose embedded cluster is configured by {@code configuration}. */
    public LocalEnvironment(Configuration configuration) {
        this.configuration = new Configuration(configuration);
        setParallelism(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        LogicalPlan plan = createProgramPlan(jobName, true);
        JobExecutionResult result = PlanExecutor.load("local").execute(plan, configuration, getJobListeners());
        setLastJobExecutionResult(result);
        return result;
    }

    @Override
    public String toString() {
        return "Local Environment (parallelism = " + getParallelism() + ")";
    }
}

package io.eddy.api;

import io.eddy.client.LocalExecutor;
import io.eddy.plan.ProgramPlan;

/**
 * Runs programs on an embedded local cluster in this JVM: the same tasks, exchanges and buffers as
 * on a cluster, as threads. A new local cluster is started for every job and shut down after it.
 */
public class LocalEnvironment extends ExecutionEnvironment {

    public LocalEnvironment() {
        setParallelism(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        ProgramPlan plan = createProgramPlan(jobName, true);
        JobExecutionResult result = LocalExecutor.execute(plan);
        setLastJobExecutionResult(result);
        return result;
    }

    @Override
    public String toString() {
        return "Local Environment (parallelism = " + getParallelism() + ")";
    }
}

package io.eddy.api.execution;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.configuration.Configuration;
import io.eddy.plan.LogicalPlan;
import java.util.ServiceLoader;

/**
 * Runs or explains a program's logical plan. The API hands its plan here and knows nothing of how it
 * is optimized, compiled or where it runs: implementations (the embedded local executor, later the
 * cluster and YARN executors) are found with {@link ServiceLoader} under their {@link #name()}.
 */
public interface PlanExecutor {

    /** The name environments ask for: "local", ... */
    String name();

    /** Optimizes, compiles and runs the plan, returning when the job has finished. */
    default JobExecutionResult execute(LogicalPlan plan, Configuration configuration) throws Exception {
        return execute(plan, configuration, java.util.List.of());
    }

    /** Runs the plan as {@link #execute(LogicalPlan, Configuration)}, telling {@code listeners} about the job. */
    JobExecutionResult execute(LogicalPlan plan, Configuration configuration, java.util.List<JobListener> listeners)
            throws Exception;

    /** The optimized plan as JSON, in the shape of Flink's execution plan, without running it. */
    String explain(LogicalPlan plan);

    /** The executor registered under {@code name}. */
    static PlanExecutor load(String name) {
        for (PlanExecutor executor : ServiceLoader.load(PlanExecutor.class, PlanExecutor.class.getClassLoader())) {
            if (executor.name().equals(name)) {
                return executor;
            }
        }
        throw new IllegalStateException("No plan executor named '" + name + "' is on the class path "
                + "(META-INF/services/" + PlanExecutor.class.getName() + ").");
    }
}

package io.eddy.client;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;

/**
 * An environment that does not run the program: its {@code execute()} records the plan and stops
 * the program with {@link ProgramAbortException}. The {@code eddy plan} command installs it.
 */
public class PlanCapturingEnvironment extends ExecutionEnvironment {

    private String capturedPlan;

    public PlanCapturingEnvironment(int parallelism) {
        setParallelism(parallelism);
    }

    /** The plan recorded by the last {@code execute()}, or null if the program never called it. */
    public String getCapturedPlan() {
        return capturedPlan;
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        capturedPlan = getExecutionPlan();
        throw new ProgramAbortException();
    }
}

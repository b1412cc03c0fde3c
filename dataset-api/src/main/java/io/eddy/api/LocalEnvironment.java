package io.eddy.api;

/** Runs programs on an embedded local cluster in this JVM, with the same tasks and exchanges as a cluster. */
public class LocalEnvironment extends ExecutionEnvironment {

    public LocalEnvironment() {
        setParallelism(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        throw new UnsupportedOperationException("arrives with the plan translator");
    }

    @Override
    public String getExecutionPlan() throws Exception {
        throw new UnsupportedOperationException("arrives with the plan translator");
    }
}

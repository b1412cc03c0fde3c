package io.eddy.api;

/**
 * The context a DataSet program runs in: it creates data sources, holds the execution config and
 * the program's sinks, and runs the program with {@link #execute()}. As in Flink,
 * {@link #getExecutionEnvironment()} returns the environment fitting where the program was started:
 * an embedded local cluster when run directly, or whatever the {@code eddy} command line installed.
 */
public abstract class ExecutionEnvironment {

    private static ExecutionEnvironmentFactory contextEnvironmentFactory;

    /** The environment for where the program was started; see the class docs. */
    public static ExecutionEnvironment getExecutionEnvironment() {
        ExecutionEnvironmentFactory factory = contextEnvironmentFactory;
        return factory != null ? factory.createExecutionEnvironment() : createLocalEnvironment();
    }

    /** A local environment whose parallelism is the number of available cores. */
    public static LocalEnvironment createLocalEnvironment() {
        return new LocalEnvironment();
    }

    /** A local environment with the given default parallelism. */
    public static LocalEnvironment createLocalEnvironment(int parallelism) {
        LocalEnvironment env = new LocalEnvironment();
        env.setParallelism(parallelism);
        return env;
    }

    /** Installs the factory behind {@link #getExecutionEnvironment()}; used by the command line. */
    public static void initializeContextEnvironment(ExecutionEnvironmentFactory factory) {
        contextEnvironmentFactory = factory;
    }

    /** Removes the factory installed by {@link #initializeContextEnvironment}. */
    public static void resetContextEnvironment() {
        contextEnvironmentFactory = null;
    }

    private final ExecutionConfig config = new ExecutionConfig();

    public ExecutionConfig getConfig() {
        return config;
    }

    public int getParallelism() {
        return config.getParallelism();
    }

    public void setParallelism(int parallelism) {
        config.setParallelism(parallelism);
    }

    public JobExecutionResult execute() throws Exception {
        return execute(null);
    }

    /** Runs every sink defined so far as one job and returns its result. */
    public abstract JobExecutionResult execute(String jobName) throws Exception;

    /** The plan of the sinks defined so far, as JSON, without running it. */
    public abstract String getExecutionPlan() throws Exception;
}

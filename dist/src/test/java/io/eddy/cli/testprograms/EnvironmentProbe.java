package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;

/**
 * A program that records the environment {@code getExecutionEnvironment()} gives it, so tests can
 * check what the command line installed. With the argument {@code --execute} it also calls
 * {@code execute()}.
 */
public final class EnvironmentProbe {

    public static volatile ExecutionEnvironment observedEnvironment;
    public static volatile int observedParallelism;
    public static volatile String[] observedArgs;

    private EnvironmentProbe() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        observedEnvironment = env;
        observedParallelism = env.getParallelism();
        observedArgs = args;
        if (args.length > 0 && args[0].equals("--execute")) {
            env.execute("probe");
        }
    }

    public static void reset() {
        observedEnvironment = null;
        observedParallelism = 0;
        observedArgs = null;
    }
}

package io.eddy.api;

/**
 * Creates the environment that {@link ExecutionEnvironment#getExecutionEnvironment()} returns while
 * a context factory is installed: the {@code eddy} command line installs one to run a user's
 * program with its settings, or to capture its plan instead of running it.
 */
@FunctionalInterface
public interface ExecutionEnvironmentFactory {

    ExecutionEnvironment createExecutionEnvironment();
}

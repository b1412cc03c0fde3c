package io.eddy.api;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.execution.PlanExecutor;
import io.eddy.client.ClusterExecutor;
import io.eddy.plan.LogicalPlan;
import java.io.File;
import java.net.URL;

/**
 * Runs programs on a standalone Eddy cluster: each {@code execute()} submits the program's job to the
 * JobManager at {@code host:port} with the given jar files, which hold the program's classes, and
 * waits for its end. The cluster's secret is read from the file named by
 * {@link ClusterExecutor#SECRET_FILE} in the configuration, by default the one {@code eddy cluster
 * start} wrote.
 */
public class RemoteEnvironment extends ExecutionEnvironment {

    private final Configuration configuration;

    public RemoteEnvironment(String host, int port, String... jarFiles) {
        this(host, port, new Configuration(), jarFiles);
    }

    public RemoteEnvironment(String host, int port, Configuration clientConfig, String[] jarFiles) {
        this(host, port, clientConfig, jarFiles, null);
    }

    /** As Flink's; {@code globalClasspaths} must be empty: the cluster loads classes only from shipped jars. */
    public RemoteEnvironment(String host, int port, Configuration clientConfig, String[] jarFiles, URL[] globalClasspaths) {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("a remote environment needs a host and a port in 1-65535: " + host + ":" + port);
        }
        if (globalClasspaths != null && globalClasspaths.length > 0) {
            throw new UnsupportedOperationException("global class paths are not supported; ship the classes in a jar");
        }
        this.configuration = new Configuration(clientConfig == null ? new Configuration() : clientConfig);
        configuration.setString(ClusterExecutor.ADDRESS, host + ":" + port);
        StringBuilder jars = new StringBuilder();
        for (String jar : jarFiles == null ? new String[0] : jarFiles) {
            if (!new File(jar).isFile()) {
                throw new IllegalArgumentException("the jar file " + jar + " does not exist");
            }
            jars.append(jars.length() == 0 ? "" : File.pathSeparator).append(new File(jar).getAbsolutePath());
        }
        configuration.setString(ClusterExecutor.JARS, jars.toString());
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        LogicalPlan plan = createProgramPlan(jobName, true);
        JobExecutionResult result = PlanExecutor.load("cluster").execute(plan, configuration, getJobListeners());
        setLastJobExecutionResult(result);
        return result;
    }

    @Override
    public String toString() {
        return "Remote Environment (" + configuration.getString(ClusterExecutor.ADDRESS, "?") + " - parallelism = "
                + (getParallelism() == -1 ? "default" : getParallelism()) + ")";
    }
}

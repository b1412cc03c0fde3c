package io.eddy.client;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.execution.JobListener;
import io.eddy.api.execution.PlanExecutor;
import io.eddy.compiler.JobGraphCompiler;
import io.eddy.compiler.PlanJson;
import io.eddy.optimizer.Optimizer;
import io.eddy.plan.LogicalPlan;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.coordinator.JobCoordinator;
import io.eddy.runtime.coordinator.RestartStrategy;
import io.eddy.runtime.jobgraph.JobGraph;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a program plan on a standalone cluster: optimizes and compiles it here, submits the job graph
 * with the program's jars to the JobManager named by {@link #ADDRESS}, waits for the end and merges
 * the accumulators (so {@code collect()} and {@code count()} work as locally).
 */
public final class ClusterExecutor implements PlanExecutor {

    /** The JobManager's {@code host:port}. */
    public static final String ADDRESS = "eddy.cluster.address";
    /** The file holding the cluster's secret (default: {@link #defaultSecretFile()}). */
    public static final String SECRET_FILE = "eddy.cluster.secret-file";
    /** A PKCS12 store holding the cluster's certificate, to talk to it over TLS. */
    public static final String TLS_TRUSTSTORE = "eddy.cluster.tls.truststore";
    /** The password of {@link #TLS_TRUSTSTORE}. */
    public static final String TLS_PASSWORD = "eddy.cluster.tls.password";
    /** The jars holding the program's classes, separated by commas or the path separator. */
    public static final String JARS = "eddy.cluster.jars";

    /** Created by the {@link java.util.ServiceLoader}. */
    public ClusterExecutor() {}

    /** Where {@code eddy cluster start} keeps the secret of the cluster it started: {@code $EDDY_CLUSTER_DIR/secret}. */
    public static Path defaultSecretFile() {
        String dir = System.getenv("EDDY_CLUSTER_DIR");
        return (dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".eddy", "cluster"))
                .resolve("secret");
    }

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String explain(LogicalPlan plan) {
        return PlanJson.toJson(Optimizer.optimize(plan));
    }

    /** The job settings the runtime reads from a job's parameters: restarts and loop checkpoints. */
    static final List<String> RUNTIME_SETTINGS = List.of(RestartStrategy.KEY, RestartStrategy.FIXED_DELAY_ATTEMPTS,
            RestartStrategy.FIXED_DELAY_DELAY, RestartStrategy.FAILURE_RATE_MAX, RestartStrategy.FAILURE_RATE_INTERVAL,
            RestartStrategy.FAILURE_RATE_DELAY, JobCoordinator.CHECKPOINT_INTERVAL, JobCoordinator.CHECKPOINT_DIR);

    /**
     * {@code compiled} with the runtime settings of {@code configuration} (else of system properties
     * of the same keys) added to its parameters, unless the program's global job parameters set them.
     */
    static JobGraph withRuntimeSettings(JobGraph compiled, Configuration configuration) {
        Map<String, String> parameters = new LinkedHashMap<>(compiled.parameters());
        for (String key : RUNTIME_SETTINGS) {
            String value = configuration.getString(key, System.getProperty(key));
            if (value != null) {
                parameters.putIfAbsent(key, value);
            }
        }
        return new JobGraph(compiled.name(), compiled.vertices(), compiled.edges(), parameters,
                compiled.objectReuse(), compiled.iterations());
    }

    @Override
    public JobExecutionResult execute(LogicalPlan plan, Configuration configuration, List<JobListener> listeners)
            throws Exception {
        String address = configuration.getString(ADDRESS, null);
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("No cluster address: set " + ADDRESS + " to the JobManager's host:port");
        }
        JobGraph job = withRuntimeSettings(JobGraphCompiler.compile(Optimizer.optimize(plan)), configuration);
        String secretFile = configuration.getString(SECRET_FILE, defaultSecretFile().toString());
        List<Path> jars = new ArrayList<>();
        for (String jar : configuration.getString(JARS, "").split("[," + File.pathSeparator + "]")) {
            if (!jar.isBlank()) {
                jars.add(Path.of(jar.trim()));
            }
        }
        io.eddy.runtime.rpc.RpcSecurity.Tls tls = null;
        String trustStore = configuration.getString(TLS_TRUSTSTORE, null);
        if (trustStore != null) {
            char[] password = configuration.getString(TLS_PASSWORD, "").toCharArray();
            tls = new io.eddy.runtime.rpc.RpcSecurity.Tls(Path.of(trustStore), password, Path.of(trustStore), password);
        }
        try (ClusterClient client = ClusterClient.connect(address.trim(), ClusterClient.readSecret(Path.of(secretFile)), tls)) {
            return LocalExecutor.runJob(() -> client.submit(job, jars), listeners);
        }
    }
}

package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.rpc.RpcClient;
import io.eddy.runtime.rpc.RpcException;
import io.eddy.runtime.rpc.RpcSecurity;
import io.eddy.runtime.rpc.RpcServer;
import io.eddy.runtime.taskexecutor.TaskExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TaskExecutor process: a {@link TaskExecutor} with its slots, managed memory and spill
 * directories, serving the JobManager's calls on the control plane and its partitions on the data
 * plane. It registers with the JobManager, sends heartbeats, and when the JobManager stays
 * unreachable for the heartbeat timeout cancels and releases everything it runs, then keeps trying to
 * register again.
 *
 * <p>Run it as {@code java io.eddy.runtime.cluster.TaskExecutorRunner --jobmanager host:port
 * --secret-file <file> [--slots n] [--managed-memory bytes] [--tmp-dirs d1,d2] [--host address]
 * [--locality-host name] [--id id] [--tls-keystore store.p12 --tls-password pw] [key=value ...]}: {@code --host} is where it listens (default
 * 127.0.0.1), {@code --locality-host} the name input splits use for this machine (default its host name).
 */
public final class TaskExecutorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorRunner.class);

    private final TaskExecutor taskExecutor;
    private final RpcServer server;
    private final RpcClient master;
    private final String host;
    private final RpcSecurity.Tls tls;
    private final Path workDirectory;
    private final long heartbeatTimeoutMillis;
    private final Map<String, AttemptResources> attempts = new ConcurrentHashMap<>();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final Thread heartbeats;
    private volatile boolean closed;

    /** What an attempt holds in this process beyond the TaskExecutor's own state. */
    private record AttemptResources(JobClassLoader code, RemoteJobMaster master) {}

    /**
     * @param host the address this process listens on and tells others to connect to
     * @param localityHost the host name input splits name when stored here (as HDFS reports DataNodes)
     */
    public TaskExecutorRunner(String id, String host, String localityHost, String jobManagerHost, int jobManagerPort,
                              byte[] secret, MiniClusterConfiguration configuration, Map<String, String> settings,
                              RpcSecurity.Tls tls) throws IOException {
        this.host = host;
        this.tls = tls;
        this.taskExecutor = new TaskExecutor(id, localityHost, configuration, host, tls);
        this.workDirectory = Path.of(configuration.tempDirectories().get(0), "eddy-taskexecutor-" + id);
        this.heartbeatTimeoutMillis = io.eddy.runtime.coordinator.RestartStrategy.duration(
                settings.getOrDefault(JobManager.HEARTBEAT_TIMEOUT, "10 s")).toMillis();
        byte[] clusterSecret = secret.clone();
        this.server = RpcServer.builder(host, 0, new RpcSecurity(principal ->
                        ClusterProtocol.CLUSTER.equals(principal) ? clusterSecret : null, tls))
                .handle(ClusterProtocol.PREPARE, (request, caller) -> prepare(request))
                .handle(ClusterProtocol.START, (request, caller) -> {
                    taskExecutor.startJob(request.attemptId());
                    return new ClusterProtocol.Empty();
                })
                .handle(ClusterProtocol.APPLY_SOLUTION_SETS, (request, caller) ->
                        new ClusterProtocol.Count(taskExecutor.applySolutionSets(request.attemptId(), request.loop())))
                .handle(ClusterProtocol.WRITE_CHECKPOINT, (request, caller) -> new ClusterProtocol.Count(
                        taskExecutor.writeCheckpoint(request.attemptId(), request.loop(), request.superstep()) ? 1 : 0))
                .handle(ClusterProtocol.CANCEL_ATTEMPT, (request, caller) -> {
                    taskExecutor.cancelJob(request.attemptId());
                    return new ClusterProtocol.Empty();
                })
                .handle(ClusterProtocol.RELEASE_ATTEMPT, (request, caller) -> {
                    release(request.attemptId());
                    return new ClusterProtocol.Empty();
                })
                .handle(ClusterProtocol.METRICS, (request, caller) -> taskExecutor.metrics(request.attemptId()))
                .handle(ClusterProtocol.STOP_EXECUTOR, (request, caller) -> {
                    LOG.info("Stop requested by the JobManager");
                    new Thread(this::close, "eddy taskexecutor stop").start();
                    return new ClusterProtocol.Empty();
                })
                .start();
        this.master = new RpcClient(jobManagerHost, jobManagerPort, ClusterProtocol.CLUSTER, clusterSecret, tls);
        this.heartbeats = new Thread(this::heartbeatLoop, "eddy heartbeats");
        this.heartbeats.setDaemon(true);
        this.heartbeats.start();
        LOG.info("TaskExecutor {} started: {} slots, control plane on {}:{}, data plane on {}", id,
                configuration.numSlots(), server.host(), server.port(), taskExecutor.dataAddress());
    }

    private ClusterProtocol.Empty prepare(ClusterProtocol.PrepareJob request) throws Exception {
        String attemptId = request.deployment().attemptId();
        JobClassLoader code = new JobClassLoader(workDirectory.resolve(attemptId), request.jars());
        RemoteJobMaster jobMaster = null;
        try {
            JobGraph graph = Payloads.read(request.graph(), code.loader());
            jobMaster = new RemoteJobMaster(request.masterHost(), request.masterPort(), attemptId,
                    request.deployment().secret(), code.loader(), tls);
            attempts.put(attemptId, new AttemptResources(code, jobMaster));
            taskExecutor.prepareJob(request.deployment(), graph, JobCode.local(code.loader()), jobMaster);
            return new ClusterProtocol.Empty();
        } catch (Exception | Error e) {
            attempts.remove(attemptId);
            if (jobMaster != null) {
                jobMaster.close();
            }
            code.close();
            throw e;
        }
    }

    private void release(String attemptId) {
        taskExecutor.releaseJob(attemptId);
        AttemptResources resources = attempts.remove(attemptId);
        if (resources != null) {
            resources.master().close();
            resources.code().close();
        }
    }

    private void releaseAll(String reason) {
        List<String> all = taskExecutor.attempts();
        if (!all.isEmpty()) {
            LOG.warn("Cancelling and releasing {} attempt(s): {}", all.size(), reason);
        }
        for (String attemptId : all) {
            taskExecutor.cancelJob(attemptId);
            release(attemptId);
        }
    }

    private void heartbeatLoop() {
        long interval = 1000;
        boolean registered = false;
        long lastContact = System.currentTimeMillis();
        InetSocketAddress data = taskExecutor.dataAddress();
        ClusterProtocol.RegisterTaskExecutor registration = new ClusterProtocol.RegisterTaskExecutor(taskExecutor.id(),
                taskExecutor.host(), taskExecutor.numSlots(), server.host(), server.port(), data.getHostString(),
                data.getPort());
        while (!closed) {
            try {
                if (!registered) {
                    interval = master.call(ClusterProtocol.REGISTER, registration, Duration.ofSeconds(10))
                            .heartbeatIntervalMillis();
                    registered = true;
                    LOG.info("Registered with the JobManager");
                } else {
                    ClusterProtocol.HeartbeatReply reply = master.call(ClusterProtocol.HEARTBEAT,
                            new ClusterProtocol.Heartbeat(taskExecutor.id(), taskExecutor.attempts()), Duration.ofSeconds(10));
                    if (!reply.known()) {
                        registered = false;
                        releaseAll("the JobManager no longer knows this TaskExecutor");
                        continue;
                    }
                    for (String attemptId : reply.release()) {
                        taskExecutor.cancelJob(attemptId);
                        release(attemptId);
                    }
                }
                lastContact = System.currentTimeMillis();
            } catch (RpcException e) {
                if (closed) {
                    return;
                }
                LOG.debug("JobManager unreachable: {}", e.getMessage());
                if (System.currentTimeMillis() - lastContact > heartbeatTimeoutMillis) {
                    releaseAll("the JobManager has been unreachable for " + heartbeatTimeoutMillis + " ms");
                    registered = false;
                    lastContact = System.currentTimeMillis();
                }
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waits until the process was told to stop. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** Cancels and releases every attempt, frees memory and files, stops serving. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        heartbeats.interrupt();
        releaseAll("the TaskExecutor is stopping");
        taskExecutor.close();
        master.close();
        server.close();
        JobClassLoader.deleteRecursively(workDirectory);
        LOG.info("TaskExecutor {} stopped", taskExecutor.id());
        terminated.countDown();
    }

    /** Starts a TaskExecutor process; see the class comment for its arguments. */
    public static void main(String[] args) throws Exception {
        ProcessArguments arguments = ProcessArguments.parse(args);
        String[] jobManager = arguments.required("jobmanager").split(":");
        if (jobManager.length != 2) {
            throw new IllegalArgumentException("--jobmanager must be host:port");
        }
        byte[] secret = ProcessArguments.readSecret(arguments.required("secret-file"));
        String host = arguments.option("host", "127.0.0.1");
        String id = arguments.option("id", host + "-" + ProcessHandle.current().pid());
        MiniClusterConfiguration configuration = MiniClusterConfiguration.defaults()
                .withNumSlots(Integer.parseInt(arguments.option("slots", "2")))
                .withTempDirectories(Arrays.asList(arguments.option("tmp-dirs",
                        System.getProperty("java.io.tmpdir")).split(",")));
        String memory = arguments.option("managed-memory", null);
        if (memory != null) {
            configuration = configuration.withManagedMemory(Long.parseLong(memory));
        }
        String localityHost = arguments.option("locality-host", java.net.InetAddress.getLocalHost().getHostName());
        TaskExecutorRunner runner = new TaskExecutorRunner(id, host, localityHost, jobManager[0], Integer.parseInt(jobManager[1]),
                secret, configuration, arguments.settings(), arguments.tls());
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "eddy taskexecutor shutdown hook"));
        runner.awaitTermination();
        // let the answer to the stop call leave before the process does
        TimeUnit.MILLISECONDS.sleep(200);
        System.exit(0);
    }
}

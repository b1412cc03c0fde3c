package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.coordinator.JobCoordinator;
import io.eddy.runtime.coordinator.RestartStrategy;
import io.eddy.runtime.coordinator.TaskExecutorGateway;
import io.eddy.runtime.coordinator.TaskOutcome;
import io.eddy.runtime.executor.JobExecutionException;
import io.eddy.runtime.executor.JobProgress;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.io.HostNames;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.rpc.RpcCaller;
import io.eddy.runtime.rpc.RpcClient;
import io.eddy.runtime.rpc.RpcSecurity;
import io.eddy.runtime.rpc.RpcServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master process of a standalone cluster (and, embedded in the ApplicationMaster, of a YARN
 * session): accepts jobs from clients, keeps the registry of TaskExecutors with their slots and
 * heartbeats, and runs a {@link JobCoordinator} per job. A TaskExecutor that misses heartbeats for
 * {@code heartbeat.timeout} is dropped and the jobs running in its slots fail over per their
 * restart strategy. Slots are placed on the hosts storing a job's input when TaskExecutors run there;
 * a job that finds too few free slots is reported to the {@link ResourceDemandListener}, if one is set,
 * so a cluster manager can start TaskExecutors near its data.
 *
 * <p>Run it as {@code java io.eddy.runtime.cluster.JobManager --secret-file <file> [--host h] [--port p]
 * [--address-file f] [--work-dir d] [--tls-keystore store.p12 --tls-password pw] [key=value ...]}; settings such as {@code restart-strategy} are
 * given as {@code key=value} arguments. It prints nothing; it logs, and writes its {@code host:port}
 * to the address file once it accepts calls.
 */
public final class JobManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobManager.class);

    public static final String HEARTBEAT_INTERVAL = "heartbeat.interval";
    public static final String HEARTBEAT_TIMEOUT = "heartbeat.timeout";
    public static final String SLOT_REQUEST_TIMEOUT = "slot.request.timeout";
    /** The tracking page's port: 0 (the default) for any free one, -1 for none. */
    public static final String WEB_PORT = "web.port";

    private final Map<String, String> settings;
    private final RpcSecurity.Tls tls;
    private final byte[] secret;
    private final Path workDirectory;
    private final long heartbeatIntervalMillis;
    private final long heartbeatTimeoutMillis;
    private final long slotRequestTimeoutMillis;
    private final RestartStrategy defaultRestartStrategy;
    private final Map<String, RemoteTaskExecutor> executors = new LinkedHashMap<>();
    private final Map<String, JobEntry> jobs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> attemptSecrets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor;
    private final RpcServer server;
    private final WebMonitor web;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile ResourceDemandListener demandListener;
    private volatile boolean closed;

    /** A job and what it needs in this process. */
    private record JobEntry(String id, String name, JobCoordinator coordinator, JobClassLoader code) {}

    /**
     * Starts accepting calls.
     *
     * @param settings cluster settings (heartbeats, slot request timeout, default restart strategy)
     * @param workDirectory where jobs' jars are kept while they run
     */
    public JobManager(String host, int port, byte[] secret, Map<String, String> settings, Path workDirectory)
            throws IOException {
        this(host, port, secret, settings, workDirectory, null);
    }

    /** As the other constructor; with {@code tls} (else null) every control and data connection is encrypted. */
    public JobManager(String host, int port, byte[] secret, Map<String, String> settings, Path workDirectory,
                      RpcSecurity.Tls tls) throws IOException {
        this.tls = tls;
        this.settings = Map.copyOf(settings);
        this.secret = secret.clone();
        this.workDirectory = Files.createDirectories(workDirectory);
        this.heartbeatIntervalMillis = RestartStrategy.duration(settings.getOrDefault(HEARTBEAT_INTERVAL, "1 s")).toMillis();
        this.heartbeatTimeoutMillis = RestartStrategy.duration(settings.getOrDefault(HEARTBEAT_TIMEOUT, "10 s")).toMillis();
        this.slotRequestTimeoutMillis = RestartStrategy.duration(settings.getOrDefault(SLOT_REQUEST_TIMEOUT, "60 s")).toMillis();
        this.defaultRestartStrategy = RestartStrategy.fromSettings(settings, RestartStrategy.none());
        RpcSecurity security = new RpcSecurity(principal -> {
            if (ClusterProtocol.CLUSTER.equals(principal)) {
                return this.secret;
            }
            if (principal.startsWith(ClusterProtocol.ATTEMPT_PREFIX)) {
                return attemptSecrets.get(principal.substring(ClusterProtocol.ATTEMPT_PREFIX.length()));
            }
            return null;
        }, tls);
        this.server = RpcServer.builder(host, port, security)
                .handle(ClusterProtocol.SUBMIT, (request, caller) -> submit(request, requireCluster(caller)))
                .handle(ClusterProtocol.AWAIT, (request, caller) -> await(request, requireCluster(caller)))
                .handle(ClusterProtocol.LIST, (request, caller) -> list(requireCluster(caller)))
                .handle(ClusterProtocol.CANCEL, (request, caller) -> cancel(request, requireCluster(caller)))
                .handle(ClusterProtocol.SHUTDOWN, (request, caller) -> shutdown(requireCluster(caller)))
                .handle(ClusterProtocol.REGISTER, (request, caller) -> register(request, requireCluster(caller)))
                .handle(ClusterProtocol.HEARTBEAT, (request, caller) -> heartbeat(request, requireCluster(caller)))
                .handle(ClusterProtocol.REQUEST_SPLIT, (request, caller) ->
                        requestSplit(request, requireAttempt(caller, request.attemptId())))
                .handle(ClusterProtocol.SUPERSTEP_FINISHED, (request, caller) ->
                        superstepFinished(request, requireAttempt(caller, request.attemptId())))
                .handle(ClusterProtocol.TASK_ENDED, (request, caller) ->
                        taskEnded(request, requireAttempt(caller, request.attemptId())))
                .start();
        int webPort = Integer.parseInt(settings.getOrDefault(WEB_PORT, "0").trim());
        this.web = webPort < 0 ? null : new WebMonitor(server.host(), webPort, this::jobsJson, this::jobJson);
        this.monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eddy heartbeat monitor");
            thread.setDaemon(true);
            return thread;
        });
        monitor.scheduleWithFixedDelay(this::checkHeartbeats, heartbeatIntervalMillis, heartbeatIntervalMillis,
                TimeUnit.MILLISECONDS);
        LOG.info("JobManager listening on {}:{} (heartbeat timeout {} ms, {})", server.host(), server.port(),
                heartbeatTimeoutMillis, defaultRestartStrategy);
    }

    /** The port clients and TaskExecutors call. */
    public int port() {
        return server.port();
    }

    public String host() {
        return server.host();
    }

    /** The tracking page's URL, or null if it is off. */
    public String webUrl() {
        return web == null ? null : "http://" + server.host() + ":" + web.port() + "/";
    }

    /**
     * Sets who is told when a job waits for slots (null: nobody); see {@link ResourceDemandListener}
     * for when and on which thread. Set it before jobs arrive: an allocation already waiting is not
     * reported again.
     */
    public void setResourceDemandListener(ResourceDemandListener listener) {
        this.demandListener = listener;
    }

    /** Waits until the JobManager has been shut down. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    // ---- principals -----------------------------------------------------------------------------

    private static RpcCaller requireCluster(RpcCaller caller) {
        if (!ClusterProtocol.CLUSTER.equals(caller.principal())) {
            throw new SecurityException(caller.principal() + " may not call this method");
        }
        return caller;
    }

    private static String requireAttempt(RpcCaller caller, String attemptId) {
        if (!(ClusterProtocol.ATTEMPT_PREFIX + attemptId).equals(caller.principal())) {
            throw new SecurityException(caller.principal() + " may not act for attempt " + attemptId);
        }
        return attemptId;
    }

    // ---- jobs -----------------------------------------------------------------------------------

    private ClusterProtocol.JobRef submit(ClusterProtocol.SubmitJob request, RpcCaller caller) throws Exception {
        if (closed) {
            throw new IllegalStateException("the JobManager is shutting down");
        }
        String jobId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        JobClassLoader code = new JobClassLoader(workDirectory.resolve("job-" + jobId), request.jars());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(code.loader());
        try {
            JobGraph graph = Payloads.read(request.graph(), code.loader());
            RestartStrategy restart = RestartStrategy.fromSettings(graph.parameters(), defaultRestartStrategy);
            JobCoordinator coordinator = new JobCoordinator(jobId, graph, new JobCode(null, request.graph(), request.jars()),
                    new Slots(), restart, false, this::jobEnded);
            jobs.put(jobId, new JobEntry(jobId, graph.name(), coordinator, code));
            LOG.info("Job {} '{}' submitted from {} ({} jars, {})", jobId, graph.name(), caller.remoteAddress(),
                    request.jars().size(), restart);
            try {
                coordinator.start(Integer.MAX_VALUE);
            } catch (JobExecutionException e) {
                jobs.remove(jobId);
                code.close();
                throw e;
            }
            return new ClusterProtocol.JobRef(jobId);
        } catch (RuntimeException | Error e) {
            jobs.remove(jobId);
            code.close();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void jobEnded(JobCoordinator coordinator) {
        attemptSecrets.keySet().removeIf(attempt -> attempt.startsWith(coordinator.jobId() + "-"));
        JobEntry entry = jobs.get(coordinator.jobId());
        if (entry != null) {
            // the coordinator's thread still finishes the result; the jars are no longer read
            monitor.schedule(entry.code()::close, 1, TimeUnit.SECONDS);
        }
    }

    private JobEntry job(String jobId) {
        JobEntry entry = jobs.get(jobId);
        if (entry == null) {
            throw new IllegalArgumentException("no job " + jobId + " on this cluster");
        }
        return entry;
    }

    private ClusterProtocol.JobStatus await(ClusterProtocol.AwaitJob request, RpcCaller caller) throws InterruptedException {
        JobEntry entry = job(request.jobId());
        try {
            entry.coordinator().resultFuture().get(Math.min(request.waitMillis(), 30_000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // the status says how it stands
        }
        return status(entry);
    }

    private ClusterProtocol.JobStatus status(JobEntry entry) {
        JobCoordinator coordinator = entry.coordinator();
        byte[] result = null;
        byte[] failure = null;
        String failureText = null;
        // the state first: a final state means the result is there when it is read below
        String state = coordinator.state().name();
        java.util.concurrent.CompletableFuture<JobResult> future = coordinator.resultFuture();
        if (future.isDone()) {
            try {
                result = Payloads.write(future.join());
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                failure = Payloads.writeFailure(cause);
                failureText = cause.getMessage();
            }
        }
        JobProgress progress = coordinator.progress();
        ClusterProtocol.Progress p = progress == null ? null : new ClusterProtocol.Progress(progress.elapsedMillis(),
                progress.tasks(), progress.running(), progress.finished(), progress.recordsRead(), progress.bytesRead(),
                progress.recordsReceived(), progress.bytesReceived(), progress.loops().stream()
                        .map(l -> new ClusterProtocol.LoopProgress(l.name(), l.superstep(), l.maxSupersteps())).toList());
        return new ClusterProtocol.JobStatus(entry.id(), entry.name(), state, coordinator.attemptNumber(),
                coordinator.submittedMillis(), p, result, failure, failureText);
    }

    private ClusterProtocol.JobList list(RpcCaller caller) {
        List<JobEntry> entries = new ArrayList<>(jobs.values());
        entries.sort(Comparator.comparingLong(e -> e.coordinator().submittedMillis()));
        List<ClusterProtocol.JobStatus> statuses = new ArrayList<>();
        for (JobEntry entry : entries) {
            ClusterProtocol.JobStatus s = status(entry);
            statuses.add(new ClusterProtocol.JobStatus(s.jobId(), s.name(), s.state(), s.attempt(), s.submittedMillis(),
                    s.progress(), null, null, s.failureText()));
        }
        synchronized (executors) {
            return new ClusterProtocol.JobList(statuses, executors.size(),
                    executors.values().stream().mapToInt(RemoteTaskExecutor::numSlots).sum(),
                    executors.values().stream().mapToInt(RemoteTaskExecutor::freeSlots).sum());
        }
    }

    private ClusterProtocol.JobStatus cancel(ClusterProtocol.JobRef request, RpcCaller caller) {
        JobEntry entry = job(request.jobId());
        LOG.info("Job {} cancelled by {}", request.jobId(), caller.remoteAddress());
        entry.coordinator().cancel();
        return status(entry);
    }

    private ClusterProtocol.Empty shutdown(RpcCaller caller) {
        LOG.info("Shutdown requested by {}", caller.remoteAddress());
        Thread thread = new Thread(this::close, "eddy jobmanager shutdown");
        thread.start();
        return new ClusterProtocol.Empty();
    }

    // ---- calls from tasks ---------------------------------------------------------------------

    private JobEntry jobOfAttempt(String attemptId) {
        int dash = attemptId.lastIndexOf('-');
        return job(dash < 0 ? attemptId : attemptId.substring(0, dash));
    }

    private ClusterProtocol.Bytes requestSplit(ClusterProtocol.SplitRequest request, String attemptId) throws Exception {
        JobEntry entry = jobOfAttempt(attemptId);
        return new ClusterProtocol.Bytes(Payloads.write(entry.coordinator().requestSplit(attemptId, request.vertex(),
                request.subtask(), request.host())));
    }

    private ClusterProtocol.Bytes superstepFinished(ClusterProtocol.SuperstepReport request, String attemptId)
            throws Exception {
        JobEntry entry = jobOfAttempt(attemptId);
        IterationCoordinator.Report report = Payloads.read(request.report(), entry.code().loader());
        return new ClusterProtocol.Bytes(Payloads.write(entry.coordinator().superstepFinished(attemptId, request.loop(),
                report)));
    }

    private ClusterProtocol.Empty taskEnded(ClusterProtocol.TaskEnded request, String attemptId) {
        JobEntry entry = jobOfAttempt(attemptId);
        ClassLoader loader = entry.code().loader();
        Throwable failure = Payloads.readFailure(request.failure(), request.failureText(), loader);
        Map<String, Object> accumulators;
        try {
            accumulators = request.accumulators() == null ? Map.of() : Payloads.read(request.accumulators(), loader);
        } catch (RuntimeException e) {
            accumulators = Map.of();
            if (failure == null) {
                failure = e;
            }
        }
        entry.coordinator().taskEnded(attemptId, new TaskOutcome(request.vertex(), request.subtask(), failure, accumulators));
        return new ClusterProtocol.Empty();
    }

    // ---- the tracking page's JSON --------------------------------------------------------------

    private String jobsJson() {
        ClusterProtocol.JobList list = list(new io.eddy.runtime.rpc.RpcCaller(ClusterProtocol.CLUSTER, "web"));
        StringBuilder json = new StringBuilder("{\"taskExecutors\":").append(list.taskExecutors())
                .append(",\"slots\":").append(list.slots()).append(",\"freeSlots\":").append(list.freeSlots())
                .append(",\"jobs\":[");
        for (int i = 0; i < list.jobs().size(); i++) {
            json.append(i == 0 ? "" : ",").append(statusJson(list.jobs().get(i)));
        }
        return json.append("]}").toString();
    }

    private static String statusJson(ClusterProtocol.JobStatus status) {
        StringBuilder json = new StringBuilder("{\"id\":").append(WebMonitor.quote(status.jobId()))
                .append(",\"name\":").append(WebMonitor.quote(status.name()))
                .append(",\"state\":").append(WebMonitor.quote(status.state()))
                .append(",\"attempt\":").append(status.attempt())
                .append(",\"submitted\":").append(status.submittedMillis())
                .append(",\"failure\":").append(WebMonitor.quote(status.failureText()));
        ClusterProtocol.Progress p = status.progress();
        if (p != null) {
            json.append(",\"elapsedMillis\":").append(p.elapsedMillis())
                    .append(",\"tasks\":{\"total\":").append(p.totalTasks()).append(",\"running\":").append(p.runningTasks())
                    .append(",\"finished\":").append(p.finishedTasks()).append('}')
                    .append(",\"records\":{\"read\":").append(p.recordsRead()).append(",\"bytesRead\":").append(p.bytesRead())
                    .append(",\"received\":").append(p.recordsReceived()).append(",\"bytesReceived\":")
                    .append(p.bytesReceived()).append('}');
        }
        return json.append('}').toString();
    }

    /** One job: its status, plan (vertices with their finished subtasks, edges) and supersteps so far. */
    private String jobJson(String jobId) {
        JobEntry entry = jobs.get(jobId);
        if (entry == null) {
            return null;
        }
        JobCoordinator coordinator = entry.coordinator();
        JobGraph graph = coordinator.graph();
        String status = statusJson(status(entry));
        StringBuilder json = new StringBuilder(status.substring(0, status.length() - 1));
        int[] finished = coordinator.finishedSubtasksPerVertex();
        json.append(",\"vertices\":[");
        for (io.eddy.runtime.jobgraph.JobVertex vertex : graph.vertices()) {
            json.append(vertex.id() == 0 ? "" : ",").append("{\"id\":").append(vertex.id())
                    .append(",\"name\":").append(WebMonitor.quote(vertex.name()))
                    .append(",\"parallelism\":").append(vertex.parallelism())
                    .append(",\"finished\":").append(finished[vertex.id()])
                    .append(",\"loop\":").append(graph.iterationOf(vertex.id()) == null ? "null"
                            : WebMonitor.quote(graph.iterationOf(vertex.id()).name())).append('}');
        }
        json.append("],\"edges\":[");
        for (io.eddy.runtime.jobgraph.JobEdge edge : graph.edges()) {
            json.append(edge.id() == 0 ? "" : ",").append("{\"source\":").append(edge.sourceVertex())
                    .append(",\"target\":").append(edge.targetVertex())
                    .append(",\"ship\":").append(WebMonitor.quote(edge.shipStrategy().name()))
                    .append(",\"mode\":").append(WebMonitor.quote(edge.exchangeMode().name())).append('}');
        }
        json.append("],\"supersteps\":[");
        List<io.eddy.runtime.iteration.SuperstepStats> supersteps = coordinator.supersteps();
        for (int i = 0; i < supersteps.size(); i++) {
            io.eddy.runtime.iteration.SuperstepStats step = supersteps.get(i);
            json.append(i == 0 ? "" : ",").append("{\"loop\":").append(WebMonitor.quote(step.iteration()))
                    .append(",\"superstep\":").append(step.superstep())
                    .append(",\"millis\":").append(step.millis())
                    .append(",\"worksetSize\":").append(step.feedbackRecords())
                    .append(",\"solutionSetPartitionsOnDisk\":").append(step.solutionSetPartitionsOnDisk()).append('}');
        }
        return json.append("]}").toString();
    }

    // ---- TaskExecutors ------------------------------------------------------------------------

    private ClusterProtocol.Registered register(ClusterProtocol.RegisterTaskExecutor request, RpcCaller caller) {
        RpcClient client = new RpcClient(request.rpcHost(), request.rpcPort(), ClusterProtocol.CLUSTER, secret, tls);
        RemoteTaskExecutor executor = new RemoteTaskExecutor(request, client, server.host(), server.port(),
                attemptSecrets::put, unreachable -> {
                    if (!closed) {
                        monitor.execute(() -> lost(unreachable, "it stopped answering calls"));
                    }
                });
        RemoteTaskExecutor previous;
        synchronized (executors) {
            previous = executors.put(request.id(), executor);
            executors.notifyAll();
        }
        if (previous != null) {
            failOver(previous, "it registered again");
        }
        LOG.info("TaskExecutor {} registered from {}: {} slots, data on {}:{}", request.id(), caller.remoteAddress(),
                request.slots(), request.dataHost(), request.dataPort());
        return new ClusterProtocol.Registered(heartbeatIntervalMillis);
    }

    private ClusterProtocol.HeartbeatReply heartbeat(ClusterProtocol.Heartbeat request, RpcCaller caller) {
        RemoteTaskExecutor executor;
        synchronized (executors) {
            executor = executors.get(request.id());
        }
        if (executor == null) {
            return new ClusterProtocol.HeartbeatReply(false, List.of());
        }
        executor.lastHeartbeat = System.currentTimeMillis();
        List<String> release = new ArrayList<>();
        for (String attempt : request.attempts()) {
            int dash = attempt.lastIndexOf('-');
            JobEntry entry = jobs.get(dash < 0 ? attempt : attempt.substring(0, dash));
            if (entry == null || entry.coordinator().resultFuture().isDone()
                    || !attempt.equals(entry.id() + "-" + entry.coordinator().attemptNumber())) {
                release.add(attempt);
            }
        }
        return new ClusterProtocol.HeartbeatReply(true, release);
    }

    private void checkHeartbeats() {
        long now = System.currentTimeMillis();
        List<RemoteTaskExecutor> silent = new ArrayList<>();
        synchronized (executors) {
            for (RemoteTaskExecutor executor : executors.values()) {
                if (now - executor.lastHeartbeat > heartbeatTimeoutMillis) {
                    silent.add(executor);
                }
            }
        }
        for (RemoteTaskExecutor executor : silent) {
            lost(executor, "no heartbeat for " + (now - executor.lastHeartbeat) + " ms");
        }
    }

    private void lost(RemoteTaskExecutor executor, String reason) {
        synchronized (executors) {
            if (executors.get(executor.id()) != executor) {
                return; // lost already, or registered anew
            }
            executors.remove(executor.id());
            executors.notifyAll();
        }
        failOver(executor, reason);
    }

    /** The jobs with tasks in {@code executor}'s slots lose them. */
    private void failOver(RemoteTaskExecutor executor, String reason) {
        LOG.warn("TaskExecutor {} lost: {}", executor, reason);
        for (JobEntry entry : jobs.values()) {
            entry.coordinator().executorLost(executor.id(), reason);
        }
        executor.closeClient();
    }

    /**
     * Hands out slots, waiting for enough to be free (and telling the demand listener once when it has
     * to wait). Slots on the hosts storing the job's input come first, so its source subtasks read
     * locally: the preferred hosts' TaskExecutors are taken round-robin, one slot each per round, the
     * host with the most splits first in every round; the remaining slots go round-robin over the
     * other TaskExecutors in registration order, spreading the job.
     */
    private final class Slots implements JobCoordinator.SlotProvider {
        @Override
        public List<TaskExecutorGateway> allocate(String jobId, int count, List<String> preferredHosts) throws Exception {
            long deadline = System.currentTimeMillis() + slotRequestTimeoutMillis;
            List<String> hosts = preferredHosts == null ? List.of() : preferredHosts;
            ResourceDemand demand;
            synchronized (executors) {
                int free = freeSlots();
                if (free >= count) {
                    return take(jobId, count, hosts);
                }
                demand = new ResourceDemand(jobId, count, free, hosts);
            }
            // outside the lock: a listener calling back into the JobManager must not deadlock with it
            LOG.info("Job {} waits for {} slots, {} free (its input is on {})", jobId, count, demand.freeSlots(),
                    hosts.isEmpty() ? "no known hosts" : hosts);
            ResourceDemandListener listener = demandListener;
            if (listener != null && !closed) {
                try {
                    listener.onDemand(demand);
                } catch (RuntimeException e) {
                    LOG.warn("The resource demand listener failed on job {}: {}", jobId, e.toString(), e);
                }
            }
            synchronized (executors) {
                while (true) {
                    int free = freeSlots();
                    if (free >= count) {
                        return take(jobId, count, hosts);
                    }
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0 || closed) {
                        int total = executors.values().stream().mapToInt(RemoteTaskExecutor::numSlots).sum();
                        throw new IllegalStateException("job " + jobId + " needs " + count + " slots, but the cluster's "
                                + executors.size() + " TaskExecutor(s) have " + free + " free of " + total + " after "
                                + slotRequestTimeoutMillis + " ms");
                    }
                    executors.wait(left);
                }
            }
        }

        /** Free slots over all TaskExecutors; holding the executors' lock. */
        private int freeSlots() {
            return executors.values().stream().mapToInt(RemoteTaskExecutor::freeSlots).sum();
        }

        /** Takes {@code count} free slots for {@code jobId}, preferred hosts first; holding the executors' lock. */
        private List<TaskExecutorGateway> take(String jobId, int count, List<String> preferredHosts) {
            Map<String, Integer> rank = new HashMap<>();
            for (String host : preferredHosts) {
                rank.putIfAbsent(HostNames.normalize(host), rank.size());
            }
            List<RemoteTaskExecutor> preferred = new ArrayList<>();
            List<RemoteTaskExecutor> others = new ArrayList<>();
            for (RemoteTaskExecutor executor : executors.values()) {
                (rank.containsKey(HostNames.normalize(executor.host())) ? preferred : others).add(executor);
            }
            // stable: TaskExecutors on one host stay in registration order
            preferred.sort(Comparator.comparingInt(executor -> rank.get(HostNames.normalize(executor.host()))));
            List<TaskExecutorGateway> owners = new ArrayList<>();
            takeRoundRobin(jobId, count, preferred, owners);
            takeRoundRobin(jobId, count, others, owners);
            return owners;
        }

        /** One free slot of each candidate per round, until {@code owners} holds {@code count} or none is free. */
        private static void takeRoundRobin(String jobId, int count, List<RemoteTaskExecutor> candidates,
                                           List<TaskExecutorGateway> owners) {
            boolean tookOne = true;
            while (owners.size() < count && tookOne) {
                tookOne = false;
                for (RemoteTaskExecutor executor : candidates) {
                    if (owners.size() == count) {
                        return;
                    }
                    for (int slot = 0; slot < executor.slotHolders.length; slot++) {
                        if (executor.slotHolders[slot] == null) {
                            executor.slotHolders[slot] = jobId;
                            owners.add(executor);
                            tookOne = true;
                            break;
                        }
                    }
                }
            }
        }

        @Override
        public void release(String jobId) {
            synchronized (executors) {
                for (RemoteTaskExecutor executor : executors.values()) {
                    for (int slot = 0; slot < executor.slotHolders.length; slot++) {
                        if (jobId.equals(executor.slotHolders[slot])) {
                            executor.slotHolders[slot] = null;
                        }
                    }
                }
                executors.notifyAll();
            }
        }
    }

    /**
     * Stops a TaskExecutor whose slots are all free and forgets it: how a cluster manager gives back a
     * container no job uses. Slots are taken under the same lock, so no job can be placed on it meanwhile.
     *
     * @return whether {@code id} was registered and idle (and is now stopped)
     */
    public boolean stopIdleTaskExecutor(String id) {
        RemoteTaskExecutor executor;
        synchronized (executors) {
            executor = executors.get(id);
            if (executor == null || executor.freeSlots() < executor.numSlots()) {
                return false;
            }
            executors.remove(id);
        }
        LOG.info("Stopping idle TaskExecutor {}", executor);
        executor.stop();
        executor.closeClient();
        return true;
    }

    /** The TaskExecutors registered now. */
    public int registeredTaskExecutors() {
        synchronized (executors) {
            return executors.size();
        }
    }

    /**
     * Cancels every job, waits for them to end, stops every registered TaskExecutor process and stops
     * accepting calls.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (JobEntry entry : jobs.values()) {
            entry.coordinator().cancel();
        }
        for (JobEntry entry : jobs.values()) {
            try {
                entry.coordinator().resultFuture().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("job {} ended while shutting down", entry.id(), e);
            }
            entry.code().close();
        }
        List<RemoteTaskExecutor> all;
        synchronized (executors) {
            all = new ArrayList<>(executors.values());
            executors.clear();
        }
        for (RemoteTaskExecutor executor : all) {
            executor.stop();
            executor.closeClient();
        }
        monitor.shutdownNow();
        if (web != null) {
            web.close();
        }
        server.close();
        JobClassLoader.deleteRecursively(workDirectory);
        LOG.info("JobManager stopped");
        terminated.countDown();
    }

    // ---- the process --------------------------------------------------------------------------

    /** Starts a JobManager process; see the class comment for its arguments. */
    public static void main(String[] args) throws Exception {
        ProcessArguments arguments = ProcessArguments.parse(args);
        byte[] secret = ProcessArguments.readSecret(arguments.required("secret-file"));
        Path work = Path.of(arguments.option("work-dir",
                System.getProperty("java.io.tmpdir") + "/eddy-jobmanager-" + ProcessHandle.current().pid()));
        JobManager jobManager = new JobManager(arguments.option("host", "127.0.0.1"),
                Integer.parseInt(arguments.option("port", "0")), secret, arguments.settings(), work, arguments.tls());
        Runtime.getRuntime().addShutdownHook(new Thread(jobManager::close, "eddy jobmanager shutdown hook"));
        String address = arguments.option("address-file", null);
        if (address != null) {
            ProcessArguments.writeAtomically(Path.of(address), jobManager.host() + ":" + jobManager.port() + "\n");
        }
        jobManager.awaitTermination();
        System.exit(0);
    }
}

package io.eddy.runtime.taskexecutor;

import io.eddy.runtime.coordinator.ExecutorMetrics;
import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.coordinator.JobDeployment;
import io.eddy.runtime.coordinator.JobMasterGateway;
import io.eddy.runtime.coordinator.TaskExecutorGateway;
import io.eddy.runtime.coordinator.TaskOutcome;
import io.eddy.runtime.exchange.InputChannel;
import io.eddy.runtime.exchange.LocalInputChannel;
import io.eddy.runtime.exchange.ResultPartition;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.iteration.FeedbackChannel;
import io.eddy.runtime.iteration.IterationCheckpoint;
import io.eddy.runtime.util.SerializationUtils;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.iteration.SuperstepBarrier;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.SpareSlotMemory;
import io.eddy.runtime.network.PartitionServer;
import io.eddy.runtime.network.RemoteInputChannel;
import io.eddy.runtime.task.Task;
import io.eddy.runtime.task.TaskDescriptor;
import io.eddy.runtime.task.TaskIOMetrics;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the subtasks a coordinator deploys into its slots: subtask i of every vertex of a job runs
 * in the job's slot i, so a loop's head and tail, their feedback channel and the slot's solution set
 * partition are always in one TaskExecutor. Owns the managed memory and spill directories its tasks
 * use. Channels between two subtasks here read the producer's subpartition in memory; channels from
 * another TaskExecutor connect to that one's partition server, authenticated with the attempt's
 * secret.
 *
 * <p>The same class serves the embedded runtime (one TaskExecutor in the submitter's JVM, called
 * directly) and the TaskExecutor process (called through the control plane).
 */
public final class TaskExecutor implements TaskExecutorGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);

    private final String id;
    private final String host;
    private final MiniClusterConfiguration configuration;
    private final MemoryManager memoryManager;
    private final IOManager ioManager;
    private final PartitionServer partitionServer;
    private final EventLoopGroup networkClients;
    private final io.netty.handler.ssl.SslContext serverTls;
    private final io.netty.handler.ssl.SslContext clientTls;
    private final Map<String, LocalJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param id the TaskExecutor's id in its cluster
     * @param host the host name its tasks report for split locality
     * @param bindAddress where its partition server listens, or null for none (then every job must
     *        run all its slots here, without network exchanges)
     * @throws UncheckedIOException if a spill directory cannot be created
     */
    public TaskExecutor(String id, String host, MiniClusterConfiguration configuration, String bindAddress) {
        this(id, host, configuration, bindAddress, null);
    }

    /**
     * As {@link #TaskExecutor(String, String, MiniClusterConfiguration, String)}; with {@code tls}
     * (else null) the partition server and every connection to another's are encrypted.
     */
    public TaskExecutor(String id, String host, MiniClusterConfiguration configuration, String bindAddress,
                        io.eddy.runtime.rpc.RpcSecurity.Tls tls) {
        this.id = id;
        this.host = host;
        this.configuration = configuration;
        this.memoryManager = new MemoryManager((long) configuration.pagesPerSlot() * configuration.numSlots()
                * configuration.pageSize(), configuration.pageSize(), configuration.offHeapMemory());
        try {
            this.ioManager = new IOManager(configuration.tempDirectories().toArray(new String[0]));
        } catch (IOException e) {
            memoryManager.shutdown();
            throw new UncheckedIOException("Cannot create spill directories in " + configuration.tempDirectories()
                    + ": " + e.getMessage(), e);
        }
        if (bindAddress != null) {
            try {
                serverTls = tls == null ? null : io.eddy.runtime.network.DataPlaneTls.server(tls);
                clientTls = tls == null ? null : io.eddy.runtime.network.DataPlaneTls.client(tls);
                partitionServer = new PartitionServer(bindAddress, serverTls);
            } catch (IOException e) {
                ioManager.close();
                memoryManager.shutdown();
                throw new UncheckedIOException("TLS for the data plane: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ioManager.close();
                memoryManager.shutdown();
                throw new IllegalStateException("interrupted while starting the partition server", e);
            }
            networkClients = new NioEventLoopGroup(1, runnable -> {
                Thread thread = new Thread(runnable, "eddy network consumers");
                thread.setDaemon(true);
                return thread;
            });
        } else {
            serverTls = null;
            clientTls = null;
            partitionServer = null;
            networkClients = null;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int numSlots() {
        return configuration.numSlots();
    }

    @Override
    public InetSocketAddress dataAddress() {
        return partitionServer == null ? null : partitionServer.address();
    }

    public MiniClusterConfiguration configuration() {
        return configuration;
    }

    public MemoryManager memoryManager() {
        return memoryManager;
    }

    public IOManager ioManager() {
        return ioManager;
    }

    /**
     * Pages per chained operator, per vertex. Subtask i of every vertex runs in slot i, so a slot
     * hosts one subtask of every vertex at most; every operator gets its weight's share of a slot's
     * pages relative to the weight of all operators of the job, so no slot is over-committed.
     */
    public static List<List<Integer>> memoryShares(JobGraph job, int pagesPerSlot) {
        long totalWeight = 0;
        for (JobVertex vertex : job.vertices()) {
            for (ChainedOperator operator : vertex.operators()) {
                totalWeight += operator.managedMemoryWeight();
            }
        }
        List<List<Integer>> shares = new ArrayList<>();
        for (JobVertex vertex : job.vertices()) {
            List<Integer> perOperator = new ArrayList<>();
            for (ChainedOperator operator : vertex.operators()) {
                perOperator.add(totalWeight == 0 ? 0 : (int) (pagesPerSlot * operator.managedMemoryWeight() / totalWeight));
            }
            shares.add(perOperator);
        }
        return shares;
    }

    @Override
    public void prepareJob(JobDeployment deployment, JobGraph graph, JobCode code, JobMasterGateway master) {
        if (closed) {
            throw new IllegalStateException("TaskExecutor " + id + " is closed");
        }
        LocalJob job = new LocalJob(deployment, graph, code, master);
        if (jobs.putIfAbsent(deployment.attemptId(), job) != null) {
            throw new IllegalStateException("attempt " + deployment.attemptId() + " is deployed here already");
        }
        try {
            job.prepare();
        } catch (RuntimeException | Error e) {
            jobs.remove(deployment.attemptId());
            job.release();
            throw e;
        }
    }

    @Override
    public void startJob(String attemptId) throws Exception {
        job(attemptId).start();
    }

    @Override
    public long applySolutionSets(String attemptId, int loop) throws IOException {
        LocalJob job = jobs.get(attemptId);
        return job == null ? 0 : job.applySolutionSets(loop);
    }

    @Override
    public boolean writeCheckpoint(String attemptId, int loop, int superstep) throws IOException {
        return job(attemptId).writeCheckpoint(loop, superstep);
    }

    @Override
    public void cancelJob(String attemptId) {
        LocalJob job = jobs.get(attemptId);
        if (job != null) {
            job.cancel();
        }
    }

    @Override
    public void releaseJob(String attemptId) {
        LocalJob job = jobs.remove(attemptId);
        if (job != null) {
            job.release();
        }
    }

    /** The attempts deployed here. */
    public List<String> attempts() {
        return List.copyOf(jobs.keySet());
    }

    @Override
    public ExecutorMetrics metrics(String attemptId) {
        LocalJob job = jobs.get(attemptId);
        return job == null ? ExecutorMetrics.NONE : job.metrics();
    }

    private LocalJob job(String attemptId) {
        LocalJob job = jobs.get(attemptId);
        if (job == null) {
            throw new IllegalStateException("attempt " + attemptId + " is not deployed on TaskExecutor " + id);
        }
        return job;
    }

    /** Cancels and releases every attempt, then frees memory, spill directories and the partition server. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (String attemptId : List.copyOf(jobs.keySet())) {
            cancelJob(attemptId);
        }
        for (String attemptId : List.copyOf(jobs.keySet())) {
            LocalJob job = jobs.get(attemptId);
            if (job != null) {
                job.awaitThreads(10_000);
            }
            releaseJob(attemptId);
        }
        if (partitionServer != null) {
            partitionServer.close();
            networkClients.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
        }
        memoryManager.shutdown();
        ioManager.close();
    }

    /** One attempt's state on this TaskExecutor. */
    private final class LocalJob {
        private final JobDeployment deployment;
        private final JobGraph graph;
        private final ClassLoader classLoader;
        /** The factories as the coordinator in this JVM serialized them, or null. */
        private final List<List<byte[]>> serializedFactories;
        private final JobMasterGateway master;
        private final String attemptId;
        /** Partitions of local producer subtasks, by "edge/subtask". */
        private final Map<String, ResultPartition> partitions = new HashMap<>();
        /** Per loop id, the local slots' feedback channels and solution sets, by subtask. */
        private final Map<Integer, Map<Integer, FeedbackChannel>> feedback = new HashMap<>();
        private final Map<Integer, Map<Integer, SolutionSet>> solutionSets = new HashMap<>();
        /** Per local slot (subtask index), the shares of its ended tasks, which running operators may borrow. */
        private final Map<Integer, SpareSlotMemory> spareMemory = new HashMap<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final List<InputChannel> channels = new ArrayList<>();
        private volatile boolean cancelled;

        LocalJob(JobDeployment deployment, JobGraph graph, JobCode code, JobMasterGateway master) {
            this.deployment = deployment;
            this.graph = graph;
            this.classLoader = code.classLoader();
            this.serializedFactories = code.serializedFactories();
            this.master = master;
            this.attemptId = deployment.attemptId();
        }

        boolean local(int slot) {
            return id.equals(deployment.slotOwners().get(slot));
        }

        /** The consumer subtask of subpartition {@code index} of producer {@code producer}'s partition. */
        int consumerOf(JobEdge edge, int producer, int index) {
            return edge.shipStrategy() == ShipStrategy.FORWARD ? producer : index;
        }

        void prepare() {
            for (JobEdge edge : graph.edges()) {
                JobVertex source = graph.vertex(edge.sourceVertex());
                JobVertex target = graph.vertex(edge.targetVertex());
                int channelCount = edge.shipStrategy() == ShipStrategy.FORWARD ? 1 : target.parallelism();
                for (int subtask = 0; subtask < source.parallelism(); subtask++) {
                    if (!local(subtask)) {
                        continue;
                    }
                    String description = "edge " + edge.id() + " from " + source.name() + " (" + (subtask + 1)
                            + "/" + source.parallelism() + ")";
                    ResultPartition partition = edge.exchangeMode() == ExchangeMode.BLOCKING
                            ? ResultPartition.blocking(description, channelCount, configuration.buffersPerChannel(),
                                    configuration.bufferSize(), ioManager)
                            : new ResultPartition(description, channelCount, configuration.buffersPerChannel(),
                                    configuration.bufferSize());
                    partitions.put(edge.id() + "/" + subtask, partition);
                    for (int index = 0; index < channelCount; index++) {
                        if (deployment.networkOnly() || !local(consumerOf(edge, subtask, index))) {
                            if (partitionServer == null) {
                                throw new IllegalStateException("TaskExecutor " + id + " has no partition server, but "
                                        + description + " is read by another process");
                            }
                            partitionServer.register(partitionId(edge.id(), subtask), index,
                                    partition.subpartition(index), deployment.secret());
                        }
                    }
                }
            }
            for (IterationSpec loop : graph.iterations()) {
                Map<Integer, FeedbackChannel> loopFeedback = new HashMap<>();
                Map<Integer, SolutionSet> loopSets = new HashMap<>();
                for (int subtask = 0; subtask < graph.vertex(loop.headVertex()).parallelism(); subtask++) {
                    if (!local(subtask)) {
                        continue;
                    }
                    loopFeedback.put(subtask, new FeedbackChannel(ioManager, loop.feedbackSerializer(),
                            configuration.pageSize(), FeedbackChannel.DEFAULT_PAGES));
                    if (loop.isDelta()) {
                        loopSets.put(subtask, new SolutionSet(loop.name(), loop.solutionSet().serializer(),
                                loop.solutionSet().comparator(), loop.solutionSet().unmanaged(), ioManager,
                                configuration.pageSize(), FeedbackChannel.DEFAULT_PAGES));
                    }
                }
                feedback.put(loop.id(), loopFeedback);
                solutionSets.put(loop.id(), loopSets);
            }
        }

        String partitionId(int edge, int producer) {
            return attemptId + "/" + edge + "/" + producer;
        }

        synchronized void start() throws Exception {
            List<List<byte[]>> factories = serializedFactories != null ? serializedFactories
                    : io.eddy.runtime.coordinator.JobCoordinator.serializeFactories(graph);
            List<List<Integer>> shares = memoryShares(graph, configuration.pagesPerSlot());
            for (JobVertex vertex : graph.vertices()) {
                IterationSpec loop = graph.iterationOf(vertex.id());
                for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
                    if (!local(subtask)) {
                        continue;
                    }
                    TaskDescriptor.LoopDescriptor loopDescriptor = loop == null ? null
                            : new TaskDescriptor.LoopDescriptor(loop, barrier(loop.id()),
                                    vertex.id() == loop.headVertex() || vertex.id() == loop.tailVertex()
                                            ? feedback.get(loop.id()).get(subtask) : null,
                                    loop.isDelta() ? solutionSets.get(loop.id()).get(subtask) : null,
                                    resumePoint(loop, subtask));
                    TaskDescriptor descriptor = describe(vertex, subtask, factories.get(vertex.id()),
                            shares.get(vertex.id()), loopDescriptor);
                    int vertexId = vertex.id();
                    int subtaskIndex = subtask;
                    Task task = new Task(descriptor, (ended, failure) -> {
                        Map<String, Object> accumulators;
                        synchronized (ended.accumulators()) {
                            accumulators = new LinkedHashMap<>(ended.accumulators());
                        }
                        master.taskEnded(attemptId, new TaskOutcome(vertexId, subtaskIndex, failure, accumulators));
                    });
                    tasks.add(task);
                    threads.add(new Thread(task, descriptor.nameWithSubtask()));
                }
            }
            if (cancelled) {
                tasks.forEach(Task::cancel);
            }
            threads.forEach(Thread::start);
            LOG.info("Attempt {}: started {} task(s) here", attemptId, threads.size());
        }

        /** Where loop {@code loop} continues in slot {@code slot}: from the checkpoint the deployment names, or null. */
        private IterationCheckpoint.ResumePoint resumePoint(IterationSpec loop, int slot) {
            JobDeployment.Checkpoints checkpoints = deployment.checkpoints();
            Integer superstep = checkpoints.resumeFrom().get(loop.id());
            if (superstep == null) {
                return null;
            }
            Map<String, Object> aggregates;
            try {
                byte[] bytes = checkpoints.resumeAggregates().get(loop.id());
                aggregates = bytes == null ? Map.of() : SerializationUtils.deserialize(bytes, classLoader);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the aggregates of loop '" + loop.name() + "' at superstep "
                        + superstep + ": " + e, e);
            }
            return new IterationCheckpoint.ResumePoint(superstep, aggregates,
                    IterationCheckpoint.superstepDirectory(checkpoints.directory(), deployment.jobId(), loop.id(),
                            superstep), slot, loop.feedbackSerializer(),
                    loop.isDelta() ? loop.solutionSet().serializer() : null);
        }

        boolean writeCheckpoint(int loopId, int superstep) throws IOException {
            JobDeployment.Checkpoints checkpoints = deployment.checkpoints();
            if (!checkpoints.enabled()) {
                throw new IllegalStateException("attempt " + attemptId + " has no checkpoint directory");
            }
            IterationSpec loop = graph.iterations().get(loopId);
            String directory = IterationCheckpoint.superstepDirectory(checkpoints.directory(), deployment.jobId(),
                    loopId, superstep);
            for (SolutionSet set : solutionSets.getOrDefault(loopId, Map.of()).values()) {
                if (set.spilledPartitions() > 0) {
                    // reading spilled partitions out would disturb the running loop
                    LOG.warn("Loop '{}' is not checkpointed after superstep {}: its solution set is partly on disk",
                            loop.name(), superstep);
                    return false;
                }
            }
            for (Map.Entry<Integer, FeedbackChannel> slot : feedback.getOrDefault(loopId, Map.of()).entrySet()) {
                IterationCheckpoint.write(IterationCheckpoint.file(directory, slot.getKey(), "feedback"),
                        loop.feedbackSerializer(), slot.getValue().replay());
                SolutionSet set = solutionSets.getOrDefault(loopId, Map.of()).get(slot.getKey());
                if (set != null) {
                    IterationCheckpoint.write(IterationCheckpoint.file(directory, slot.getKey(), "solution"),
                            loop.solutionSet().serializer(), set.entries());
                }
            }
            return true;
        }

        private SuperstepBarrier barrier(int loop) {
            return report -> {
                try {
                    return master.superstepFinished(attemptId, loop, report);
                } catch (InterruptedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("the superstep barrier failed: " + e.getMessage(), e);
                }
            };
        }

        private TaskDescriptor describe(JobVertex vertex, int subtask, List<byte[]> factories, List<Integer> shares,
                                        TaskDescriptor.LoopDescriptor loop) throws InterruptedException {
            List<TaskDescriptor.InputChannelDescriptor> inputs = new ArrayList<>();
            for (JobEdge edge : graph.inputsOf(vertex.id())) {
                if (edge.shipStrategy() == ShipStrategy.FORWARD) {
                    inputs.add(new TaskDescriptor.InputChannelDescriptor(edge, channel(edge, subtask, 0)));
                } else {
                    for (int producer = 0; producer < graph.vertex(edge.sourceVertex()).parallelism(); producer++) {
                        inputs.add(new TaskDescriptor.InputChannelDescriptor(edge, channel(edge, producer, subtask)));
                    }
                }
            }
            List<TaskDescriptor.OutputDescriptor> outputs = new ArrayList<>();
            for (JobEdge edge : graph.outputsOf(vertex.id())) {
                outputs.add(new TaskDescriptor.OutputDescriptor(edge, partitions.get(edge.id() + "/" + subtask)));
            }
            InputSplitProvider splits = vertex.splitSource() == null ? null
                    : () -> master.requestSplit(attemptId, vertex.id(), subtask, host);
            return new TaskDescriptor(graph, vertex, subtask, factories, classLoader, inputs, outputs, splits,
                    memoryManager, shares, ioManager, loop, spareMemory.computeIfAbsent(subtask, slot -> new SpareSlotMemory()));
        }

        private InputChannel channel(JobEdge edge, int producer, int index) throws InterruptedException {
            InputChannel channel;
            if (!deployment.networkOnly() && local(producer)) {
                channel = new LocalInputChannel(partitions.get(edge.id() + "/" + producer).subpartition(index));
            } else {
                String owner = deployment.slotOwners().get(producer);
                InetSocketAddress address = deployment.dataAddresses().get(owner);
                if (address == null || networkClients == null) {
                    throw new IllegalStateException("no data address for TaskExecutor " + owner + " of " + attemptId);
                }
                RemoteInputChannel remote = new RemoteInputChannel(address, partitionId(edge.id(), producer), index,
                        configuration.buffersPerChannel(), configuration.bufferSize(), deployment.secret());
                remote.connect(networkClients, clientTls);
                channel = remote;
            }
            channels.add(channel);
            return channel;
        }

        long applySolutionSets(int loop) throws IOException {
            long onDisk = 0;
            for (SolutionSet set : solutionSets.getOrDefault(loop, Map.of()).values()) {
                set.applyPending();
                onDisk += set.spilledPartitions();
            }
            return onDisk;
        }

        void cancel() {
            cancelled = true;
            List<Task> snapshot;
            synchronized (this) {
                snapshot = List.copyOf(tasks);
            }
            snapshot.forEach(Task::cancel);
        }

        void awaitThreads(long millis) {
            long deadline = System.currentTimeMillis() + millis;
            List<Thread> snapshot;
            synchronized (this) {
                snapshot = List.copyOf(threads);
            }
            for (Thread thread : snapshot) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    thread.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /**
         * Consumers delete what they read and failing tasks release their exchanges; this catches the
         * rest, e.g. a blocking partition whose consumer was cancelled before it connected.
         */
        void release() {
            awaitThreads(5_000);
            if (partitionServer != null) {
                partitionServer.unregisterAll(attemptId + "/");
            }
            partitions.values().forEach(ResultPartition::release);
            for (InputChannel channel : channels) {
                if (!(channel instanceof RemoteInputChannel)) {
                    continue; // local channels are released with their partitions
                }
                try {
                    channel.release();
                } catch (RuntimeException e) {
                    LOG.debug("releasing {} failed", channel, e);
                }
            }
            feedback.values().forEach(perSlot -> perSlot.values().forEach(FeedbackChannel::close));
        }

        ExecutorMetrics metrics() {
            List<Task> snapshot;
            synchronized (this) {
                snapshot = List.copyOf(tasks);
            }
            int running = 0;
            int finished = 0;
            long recordsRead = 0;
            long bytesRead = 0;
            long recordsReceived = 0;
            long bytesReceived = 0;
            for (Task task : snapshot) {
                if (task.isEnded()) {
                    finished++;
                } else if (task.isStarted()) {
                    running++;
                }
                TaskIOMetrics io = task.ioMetrics();
                recordsRead += io.recordsRead();
                bytesRead += io.bytesRead();
                recordsReceived += io.recordsReceived();
                bytesReceived += io.bytesReceived();
            }
            return new ExecutorMetrics(running, finished, recordsRead, bytesRead, recordsReceived, bytesReceived);
        }
    }
}

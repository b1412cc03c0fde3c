package io.eddy.runtime.executor;

import io.eddy.runtime.exchange.InputChannel;
import io.eddy.runtime.exchange.LocalInputChannel;
import io.eddy.runtime.exchange.ResultSubpartition;
import io.eddy.runtime.network.PartitionServer;
import io.eddy.runtime.network.RemoteInputChannel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.UUID;
import io.eddy.runtime.exchange.ResultPartition;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.io.InputSplitSource;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.task.TaskDescriptor;
import io.eddy.runtime.task.TaskException;
import io.eddy.runtime.iteration.FeedbackChannel;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.util.SerializationUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded local cluster: runs a job graph in this JVM, every subtask of every vertex in its own
 * thread, all started at once, exchanging records through bounded in-memory channels. A
 * {@link ExchangeMode#BLOCKING} edge does not delay its consumer's start: the consumer's channels just
 * stay empty until the producer finished, while what the producer wrote waits in memory or in spill
 * files of the cluster's temp directories.
 *
 * <p>{@link #submit} validates the graph (forward edges join equal parallelism; no vertex wider than
 * the slots), calls {@link MasterHook#initializeGlobal} of every vertex, creates the split assigners
 * and exchanges, starts the task threads named "{@code <vertex name> (i/n)}" and returns at once. The
 * job ends as described in {@link JobClient}: the first task failure cancels all other tasks, calls
 * every vertex's {@link MasterHook#abortGlobal} and fails the job with that failure as cause; success
 * calls {@link MasterHook#finalizeGlobal} and collects every subtask's accumulators.
 *
 * <p>Factories are Java-serialized once per vertex here and deserialized by each subtask, with the
 * submitting thread's context class loader as user code class loader, so each parallel instance has
 * its own user function objects.
 */
public final class MiniCluster implements JobExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(MiniCluster.class);
    private static final SecureRandom SECRETS = new SecureRandom();

    private final MiniClusterConfiguration configuration;
    private final MemoryManager memoryManager;
    private final IOManager ioManager;
    /**
     * The clusters of this JVM that are not closed yet, for {@link #closeAll()}: a signal handler
     * has no other way to reach the cluster a program's {@code execute()} created. Weak, so a
     * cluster its creator forgot to close does not stay in memory for that.
     */
    private static final Set<MiniCluster> OPEN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Set<MiniClusterJob> runningJobs = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** With network exchanges: the server of every producer's subpartitions, and the consumers' connections. */
    private final PartitionServer partitionServer;
    private final EventLoopGroup networkClients;

    /** One job's identity on the data plane: the prefix of its partitions' ids and its secret. */
    private record NetworkJob(String prefix, byte[] secret) {}

    /** @throws UncheckedIOException if a temp directory cannot be created */
    public MiniCluster(MiniClusterConfiguration configuration) {
        this.configuration = configuration;
        this.memoryManager = new MemoryManager((long) configuration.pagesPerSlot() * configuration.numSlots()
                * configuration.pageSize(), configuration.pageSize(), configuration.offHeapMemory());
        try {
            this.ioManager = new IOManager(configuration.tempDirectories().toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create spill directories in " + configuration.tempDirectories()
                    + ": " + e.getMessage(), e);
        }
        if (configuration.networkExchanges()) {
            try {
                partitionServer = new PartitionServer(InetAddress.getLoopbackAddress().getHostAddress());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ioManager.close();
                throw new IllegalStateException("interrupted while starting the partition server", e);
            }
            networkClients = new NioEventLoopGroup(1, runnable -> {
                Thread thread = new Thread(runnable, "eddy network consumers");
                thread.setDaemon(true);
                return thread;
            });
        } else {
            partitionServer = null;
            networkClients = null;
        }
        OPEN.add(this);
    }

    /**
     * Closes every open cluster of this JVM, as {@link #close()} does: cancels their jobs, waits for
     * their tasks to end (so output formats have discarded their staging directories) and deletes
     * their spill directories. For the command line's reaction to SIGINT and SIGTERM, on a thread of
     * its own; the program's thread, whose {@code execute()} then fails, finds its cluster closed.
     *
     * @return how many jobs were running
     */
    public static int closeAll() {
        List<MiniCluster> open;
        synchronized (OPEN) {
            open = new ArrayList<>(OPEN);
        }
        int jobs = 0;
        for (MiniCluster cluster : open) {
            jobs += cluster.runningJobs.size();
            cluster.close();
        }
        return jobs;
    }

    /** The spill file service of this cluster's tasks. */
    public IOManager ioManager() {
        return ioManager;
    }

    /** The managed memory shared by the tasks of this cluster. */
    public MemoryManager memoryManager() {
        return memoryManager;
    }

    /** A cluster with {@link MiniClusterConfiguration#defaults()}. */
    public MiniCluster() {
        this(MiniClusterConfiguration.defaults());
    }

    public MiniClusterConfiguration configuration() {
        return configuration;
    }

    @Override
    public JobClient submit(JobGraph job) throws JobExecutionException {
        if (closed) {
            throw new IllegalStateException("mini cluster is closed");
        }
        validate(job);
        ClassLoader userCodeClassLoader = Thread.currentThread().getContextClassLoader();
        List<List<byte[]>> factories = serializeFactories(job);

        List<JobVertex> initialized = new ArrayList<>();
        List<InputSplitAssigner> assigners = new ArrayList<>();
        JobVertex current = null;
        int operator = -1;
        try {
            for (JobVertex vertex : job.vertices()) {
                current = vertex;
                initialized.add(vertex);
                for (MasterHook hook : vertex.masterHooks()) {
                    operator = hook.operatorIndex();
                    hook.initializeGlobal(vertex.parallelism());
                }
            }
            for (JobVertex vertex : job.vertices()) {
                current = vertex;
                operator = 0;
                assigners.add(vertex.splitSource() == null ? null : createAssigner(vertex.splitSource(), vertex.parallelism()));
            }
        } catch (Exception e) {
            for (JobVertex vertex : initialized) {
                MiniClusterJob.abortHooks(vertex);
            }
            TaskException failure = initializationFailure(current, operator, e);
            throw new JobExecutionException("Job '" + job.name() + "' failed during initialization: "
                    + failure.getMessage(), failure);
        }

        List<List<ResultPartition>> partitions = createPartitions(job);
        List<List<Integer>> memoryShares = memoryShares(job, configuration.pagesPerSlot());
        List<IterationCoordinator> loops = new ArrayList<>();
        List<List<FeedbackChannel>> feedback = new ArrayList<>();
        List<List<SolutionSet>> solutionSets = new ArrayList<>();
        for (IterationSpec loop : job.iterations()) {
            int participants = 0;
            for (int vertex : loop.bodyVertices()) {
                participants += job.vertex(vertex).parallelism();
            }
            List<FeedbackChannel> channels = new ArrayList<>();
            List<SolutionSet> sets = new ArrayList<>();
            for (int subtask = 0; subtask < job.vertex(loop.headVertex()).parallelism(); subtask++) {
                channels.add(new FeedbackChannel(ioManager, loop.feedbackSerializer(), configuration.pageSize(),
                        FeedbackChannel.DEFAULT_PAGES));
                if (loop.isDelta()) {
                    sets.add(new SolutionSet(loop.name(), loop.solutionSet().serializer(), loop.solutionSet().comparator(),
                            loop.solutionSet().unmanaged(), ioManager, configuration.pageSize(), FeedbackChannel.DEFAULT_PAGES));
                }
            }
            feedback.add(channels);
            solutionSets.add(sets);
            loops.add(new IterationCoordinator(loop, participants, loop.isDelta(), () -> {
                if (!loop.isDelta()) {
                    return -1;
                }
                long onDisk = 0;
                for (SolutionSet set : sets) {
                    set.applyPending();
                    onDisk += set.spilledPartitions();
                }
                return onDisk;
            }));
        }
        NetworkJob network = null;
        if (partitionServer != null) {
            byte[] secret = new byte[32];
            SECRETS.nextBytes(secret);
            network = new NetworkJob(UUID.randomUUID() + "/", secret);
        }
        List<TaskDescriptor> descriptors = new ArrayList<>();
        for (JobVertex vertex : job.vertices()) {
            IterationSpec loop = job.iterationOf(vertex.id());
            for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
                TaskDescriptor.LoopDescriptor loopDescriptor = loop == null ? null
                        : new TaskDescriptor.LoopDescriptor(loop, loops.get(loop.id()),
                                vertex.id() == loop.headVertex() || vertex.id() == loop.tailVertex()
                                        ? feedback.get(loop.id()).get(subtask) : null,
                                loop.isDelta() ? solutionSets.get(loop.id()).get(subtask) : null);
                descriptors.add(describeTask(job, vertex, subtask, factories.get(vertex.id()), userCodeClassLoader,
                        partitions, assigners.get(vertex.id()), memoryShares.get(vertex.id()), loopDescriptor, network));
            }
        }
        List<ResultPartition> allPartitions = partitions.stream().flatMap(List::stream).toList();
        MiniClusterJob running = new MiniClusterJob(job, descriptors, allPartitions, loops,
                feedback.stream().flatMap(List::stream).toList(), ended(network));
        runningJobs.add(running);
        LOG.info("Starting job '{}': {} vertices, {} subtasks", job.name(), job.vertices().size(), descriptors.size());
        running.start();
        return running;
    }

    /** Names the vertex, and the operator if known, whose preparation on the master failed. */
    private static TaskException initializationFailure(JobVertex vertex, int operatorIndex, Exception cause) {
        if (operatorIndex < 0 || operatorIndex >= vertex.operators().size()) {
            return new TaskException("Preparing " + vertex.name() + " failed: " + cause, cause);
        }
        ChainedOperator operator = vertex.operators().get(operatorIndex);
        return new TaskException("Operator '" + operator.name() + "' failed before the job started: " + cause, cause,
                operator.name(), operator.userFunctionClass());
    }

    /**
     * Cancels every running job, waits for its threads to end and releases memory and spill files.
     * Idempotent; a second caller waits until the first has finished.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (MiniClusterJob job : runningJobs) {
            job.cancel();
        }
        for (MiniClusterJob job : runningJobs) {
            try {
                job.awaitResult();
            } catch (JobExecutionException e) {
                LOG.debug("job ended while closing the mini cluster", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (partitionServer != null) {
            partitionServer.close();
            networkClients.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
        memoryManager.shutdown();
        ioManager.close();
        OPEN.remove(this);
    }

    /**
     * Pages per chained operator, per vertex. Subtask i of every vertex runs in slot i, so slot 0
     * hosts one subtask of every vertex and carries the largest total weight; every operator gets
     * its weight's share of a slot's pages relative to that total, so no slot is over-committed.
     */
    static List<List<Integer>> memoryShares(JobGraph job, int pagesPerSlot) {
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

    private void validate(JobGraph job) throws JobExecutionException {
        for (JobVertex vertex : job.vertices()) {
            if (vertex.parallelism() > configuration.numSlots()) {
                throw new JobExecutionException("Job '" + job.name() + "' cannot run: vertex '" + vertex.name()
                        + "' has parallelism " + vertex.parallelism() + ", but the mini cluster has only "
                        + configuration.numSlots() + " slots", null);
            }
        }
        for (JobEdge edge : job.edges()) {
            String problem = null;
            if (edge.sourceVertex() < 0 || edge.sourceVertex() >= job.vertices().size()
                    || edge.targetVertex() < 0 || edge.targetVertex() >= job.vertices().size()) {
                problem = "connects unknown vertices";
            } else {
                JobVertex source = job.vertex(edge.sourceVertex());
                JobVertex target = job.vertex(edge.targetVertex());
                if (edge.sourceOperator() < 0 || edge.sourceOperator() >= source.operators().size()) {
                    problem = "starts at unknown operator " + edge.sourceOperator() + " of '" + source.name() + "'";
                } else if (edge.shipStrategy() == ShipStrategy.FORWARD && source.parallelism() != target.parallelism()) {
                    problem = "is FORWARD between '" + source.name() + "' (parallelism " + source.parallelism()
                            + ") and '" + target.name() + "' (parallelism " + target.parallelism()
                            + "); forward edges need equal parallelism";
                }
            }
            if (problem == null) {
                problem = loopProblem(job, edge);
            }
            if (problem != null) {
                throw new JobExecutionException("Job '" + job.name() + "' is invalid: edge " + edge.id() + " " + problem, null);
            }
        }
        for (IterationSpec loop : job.iterations()) {
            if (job.vertex(loop.headVertex()).parallelism() != job.vertex(loop.tailVertex()).parallelism()
                    || job.vertex(loop.headVertex()).parallelism() != job.vertex(loop.resultVertex()).parallelism()) {
                throw new JobExecutionException("Job '" + job.name() + "' is invalid: the head and tail of loop '"
                        + loop.name() + "' have different parallelism", null);
            }
        }
    }

    /** Edges leave a loop only from its head, as its result; result edges leave the loop. */
    private static String loopProblem(JobGraph job, JobEdge edge) {
        IterationSpec from = job.iterationOf(edge.sourceVertex());
        IterationSpec to = job.iterationOf(edge.targetVertex());
        boolean result = from != null && from.resultEdges().contains(edge.id());
        if (result && (edge.sourceVertex() != from.resultVertex() || to == from)) {
            return "is a result of loop '" + from.name() + "' but does not leave it from its result vertex";
        }
        if (from != null && from != to && !result) {
            return "leaves loop '" + from.name() + "' without being its result";
        }
        if (edge.exchangeMode() == ExchangeMode.BLOCKING && from != null && from == to) {
            return "is a blocking exchange inside loop '" + from.name() + "', which supersteps cannot pass";
        }
        return null;
    }

    private static List<List<byte[]>> serializeFactories(JobGraph job) throws JobExecutionException {
        List<List<byte[]>> result = new ArrayList<>();
        for (JobVertex vertex : job.vertices()) {
            List<byte[]> perOperator = new ArrayList<>();
            for (ChainedOperator operator : vertex.operators()) {
                try {
                    perOperator.add(SerializationUtils.serialize(operator.factory()));
                } catch (Exception e) {
                    throw new JobExecutionException("Job '" + job.name() + "' cannot run: operator '" + operator.name()
                            + "' is not serializable: " + e, e);
                }
            }
            result.add(perOperator);
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InputSplitAssigner createAssigner(InputSplitSource source, int parallelism) throws Exception {
        InputSplit[] splits = source.createInputSplits(parallelism);
        return source.getInputSplitAssigner(splits);
    }

    /**
     * Per edge, one partition per producer subtask; forward partitions have one channel. Blocking
     * edges get blocking partitions, which spill through this cluster's I/O manager.
     */
    private List<List<ResultPartition>> createPartitions(JobGraph job) {
        List<List<ResultPartition>> partitions = new ArrayList<>();
        for (JobEdge edge : job.edges()) {
            JobVertex source = job.vertex(edge.sourceVertex());
            JobVertex target = job.vertex(edge.targetVertex());
            int channels = edge.shipStrategy() == ShipStrategy.FORWARD ? 1 : target.parallelism();
            List<ResultPartition> perProducer = new ArrayList<>();
            for (int subtask = 0; subtask < source.parallelism(); subtask++) {
                String description = "edge " + edge.id() + " from " + source.name() + " (" + (subtask + 1)
                        + "/" + source.parallelism() + ")";
                perProducer.add(edge.exchangeMode() == ExchangeMode.BLOCKING
                        ? ResultPartition.blocking(description, channels, configuration.buffersPerChannel(),
                                configuration.bufferSize(), ioManager)
                        : new ResultPartition(description, channels, configuration.buffersPerChannel(),
                                configuration.bufferSize()));
            }
            partitions.add(perProducer);
        }
        return partitions;
    }

    /** What a job's task runs when it ends: forget the job, and any of its subpartitions no consumer requested. */
    private java.util.function.Consumer<MiniClusterJob> ended(NetworkJob network) {
        return job -> {
            runningJobs.remove(job);
            if (network != null) {
                partitionServer.unregisterAll(network.prefix());
            }
        };
    }

    /** The consumer's end of one subpartition: read in memory, or through the data plane with network exchanges. */
    private InputChannel channel(NetworkJob network, JobEdge edge, int producer, int index, ResultSubpartition subpartition)
            throws JobExecutionException {
        if (network == null) {
            return new LocalInputChannel(subpartition);
        }
        String partitionId = network.prefix() + edge.id() + "/" + producer;
        partitionServer.register(partitionId, index, subpartition, network.secret());
        RemoteInputChannel channel = new RemoteInputChannel(partitionServer.address(), partitionId, index,
                configuration.buffersPerChannel(), configuration.bufferSize(), network.secret());
        try {
            channel.connect(networkClients);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException("interrupted while connecting " + channel, e);
        }
        return channel;
    }

    private TaskDescriptor describeTask(JobGraph job, JobVertex vertex, int subtask, List<byte[]> factories,
                                        ClassLoader userCodeClassLoader, List<List<ResultPartition>> partitions,
                                        InputSplitAssigner assigner, List<Integer> memoryShares,
                                        TaskDescriptor.LoopDescriptor loop, NetworkJob network)
            throws JobExecutionException {
        List<TaskDescriptor.InputChannelDescriptor> inputs = new ArrayList<>();
        for (JobEdge edge : job.inputsOf(vertex.id())) {
            List<ResultPartition> producers = partitions.get(edge.id());
            if (edge.shipStrategy() == ShipStrategy.FORWARD) {
                inputs.add(new TaskDescriptor.InputChannelDescriptor(edge,
                        channel(network, edge, subtask, 0, producers.get(subtask).subpartition(0))));
            } else {
                for (int producer = 0; producer < producers.size(); producer++) {
                    inputs.add(new TaskDescriptor.InputChannelDescriptor(edge,
                            channel(network, edge, producer, subtask, producers.get(producer).subpartition(subtask))));
                }
            }
        }
        List<TaskDescriptor.OutputDescriptor> outputs = new ArrayList<>();
        for (JobEdge edge : job.outputsOf(vertex.id())) {
            outputs.add(new TaskDescriptor.OutputDescriptor(edge, partitions.get(edge.id()).get(subtask)));
        }
        InputSplitProvider splitProvider = assigner == null ? null
                : () -> assigner.getNextInputSplit("localhost", subtask);
        return new TaskDescriptor(job, vertex, subtask, factories, userCodeClassLoader, inputs, outputs, splitProvider,
                memoryManager, memoryShares, ioManager, loop);
    }
}

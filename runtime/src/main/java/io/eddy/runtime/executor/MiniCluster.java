package io.eddy.runtime.executor;

import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.coordinator.JobCoordinator;
import io.eddy.runtime.coordinator.RestartStrategy;
import io.eddy.runtime.coordinator.TaskExecutorGateway;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.taskexecutor.TaskExecutor;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded local cluster: runs job graphs in this JVM on one {@link TaskExecutor} whose slots
 * are threads, coordinated by the same {@link JobCoordinator} a JobManager process uses, called
 * directly instead of through the control plane. Every subtask of every vertex runs in its own
 * thread, all started at once, exchanging records through bounded in-memory channels. A
 * {@link ExchangeMode#BLOCKING} edge does not delay its consumer's start: the consumer's channels just
 * stay empty until the producer finished, while what the producer wrote waits in memory or in spill
 * files of the cluster's temp directories.
 *
 * <p>{@link #submit} validates the graph (forward edges join equal parallelism; no vertex wider than
 * the slots), calls {@link MasterHook#initializeGlobal} of every vertex, deploys the tasks and returns
 * at once. The job ends as described in {@link JobClient}: the first task failure cancels all other
 * tasks, calls every vertex's {@link MasterHook#abortGlobal} and fails the job with that failure as
 * cause; success calls {@link MasterHook#finalizeGlobal} and collects every subtask's accumulators.
 *
 * <p>Factories are Java-serialized once per vertex and deserialized by each subtask, with the
 * submitting thread's context class loader as user code class loader, so each parallel instance has
 * its own user function objects.
 */
public final class MiniCluster implements JobExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(MiniCluster.class);

    /**
     * The clusters of this JVM that are not closed yet, for {@link #closeAll()}: a signal handler
     * has no other way to reach the cluster a program's {@code execute()} created. Weak, so a
     * cluster its creator forgot to close does not stay in memory for that.
     */
    private static final Set<MiniCluster> OPEN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final MiniClusterConfiguration configuration;
    private final TaskExecutor taskExecutor;
    private final Set<JobCoordinator> runningJobs = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @throws java.io.UncheckedIOException if a temp directory cannot be created */
    public MiniCluster(MiniClusterConfiguration configuration) {
        this.configuration = configuration;
        this.taskExecutor = new TaskExecutor("local", "localhost", configuration,
                configuration.networkExchanges() ? InetAddress.getLoopbackAddress().getHostAddress() : null);
        OPEN.add(this);
    }

    /** A cluster with {@link MiniClusterConfiguration#defaults()}. */
    public MiniCluster() {
        this(MiniClusterConfiguration.defaults());
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
        return taskExecutor.ioManager();
    }

    /** The managed memory shared by the tasks of this cluster. */
    public MemoryManager memoryManager() {
        return taskExecutor.memoryManager();
    }

    public MiniClusterConfiguration configuration() {
        return configuration;
    }

    /** Pages per chained operator, per vertex: see {@link TaskExecutor#memoryShares}. */
    static List<List<Integer>> memoryShares(JobGraph job, int pagesPerSlot) {
        return TaskExecutor.memoryShares(job, pagesPerSlot);
    }

    @Override
    public JobClient submit(JobGraph job) throws JobExecutionException {
        if (closed) {
            throw new IllegalStateException("mini cluster is closed");
        }
        // every job gets all slots: subtask i of each job runs in slot i, jobs share the memory
        List<TaskExecutorGateway> owners = Collections.nCopies(configuration.numSlots(), taskExecutor);
        JobCoordinator.SlotProvider slots = new JobCoordinator.SlotProvider() {
            @Override
            public List<TaskExecutorGateway> allocate(String jobId, int count, List<String> preferredHosts) {
                // one TaskExecutor on one host: there is nowhere else to place a slot
                return owners.subList(0, count);
            }

            @Override
            public void release(String jobId) {}
        };
        JobCoordinator coordinator = new JobCoordinator(UUID.randomUUID().toString(), job,
                JobCode.local(Thread.currentThread().getContextClassLoader()), slots,
                RestartStrategy.fromSettings(job.parameters(), RestartStrategy.none()),
                configuration.networkExchanges(), runningJobs::remove);
        runningJobs.add(coordinator);
        try {
            coordinator.start(configuration.numSlots());
        } catch (JobExecutionException | RuntimeException e) {
            runningJobs.remove(coordinator);
            throw e;
        }
        return coordinator;
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
        List<JobCoordinator> jobs = List.copyOf(runningJobs);
        for (JobCoordinator job : jobs) {
            job.cancel();
        }
        for (JobCoordinator job : jobs) {
            try {
                job.awaitResult();
            } catch (JobExecutionException e) {
                LOG.debug("job ended while closing the mini cluster", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        taskExecutor.close();
        OPEN.remove(this);
    }
}

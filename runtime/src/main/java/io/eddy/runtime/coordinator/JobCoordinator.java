package io.eddy.runtime.coordinator;

import io.eddy.runtime.executor.JobClient;
import io.eddy.runtime.executor.JobExecutionException;
import io.eddy.runtime.executor.JobProgress;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.io.HostNames;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitLocality;
import io.eddy.runtime.io.InputSplitSource;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.iteration.SuperstepStats;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.task.TaskCancelledException;
import io.eddy.runtime.task.TaskException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job on TaskExecutors, attempt after attempt until one succeeds, the restart strategy gives
 * up or the client cancels. An attempt: the master hooks prepare the outputs, split assigners and
 * loop coordinators are created, slots are allocated (subtask i of every vertex in slot i; the slot
 * provider is told which hosts store the input splits, so it can place slots there), every
 * TaskExecutor holding a slot prepares its part and then starts it, and the coordinator waits until
 * every subtask has reported its end. The first failure of an attempt (a task's, or the loss of a
 * TaskExecutor) cancels the attempt's other tasks; once all have ended their TaskExecutors release
 * what the attempt left, the hooks discard what it wrote, and the restart strategy decides whether a
 * new attempt starts. A successful attempt's outputs are committed by the hooks' finalize, once.
 * Every split handed out is counted as read locally, remotely or without location; the successful
 * attempt's counts go into the job's result.
 *
 * <p>Used as it is by the embedded runtime and by the JobManager process.
 */
public final class JobCoordinator implements JobClient, JobMasterGateway {

    private static final Logger LOG = LoggerFactory.getLogger(JobCoordinator.class);
    private static final SecureRandom SECRETS = new SecureRandom();

    /** Where an attempt's slots come from. */
    public interface SlotProvider {
        /**
         * Allocates {@code slots} slots for an attempt of {@code jobId}, waiting if too few are free.
         *
         * @param preferredHosts the hosts storing the attempt's input splits, normalized as
         *        {@link io.eddy.runtime.io.HostNames#normalize} does, the host with the most splits
         *        first; empty when the inputs name no hosts. A provider places slots on these hosts
         *        when it can (subtask i runs in slot i) and may ask for resources there.
         * @return per slot index, the TaskExecutor holding it
         * @throws Exception if not enough slots become free
         */
        List<TaskExecutorGateway> allocate(String jobId, int slots, List<String> preferredHosts) throws Exception;

        /** Gives back the slots of {@code jobId}. */
        void release(String jobId);
    }

    /** Job parameter: a loop checkpoint every this many supersteps (0, the default: none). */
    public static final String CHECKPOINT_INTERVAL = "iteration.checkpoint.interval";
    /** Job parameter: where loop checkpoints go; every TaskExecutor of the job must reach it. */
    public static final String CHECKPOINT_DIR = "iteration.checkpoint.dir";

    /** A loop's last complete checkpoint: the superstep it ended and that superstep's serialized aggregates. */
    private record CompletedCheckpoint(int superstep, byte[] aggregates) {}

    /** Where a job is in its life. */
    public enum State { CREATED, RUNNING, RESTARTING, FINISHED, FAILED, CANCELLED }

    private final String jobId;
    private final JobGraph graph;
    /** How TaskExecutors load the job; carries the serialized factories once {@link #start} validated the job. */
    private JobCode code;
    private final SlotProvider slots;
    private final RestartStrategy.Tracker restarts;
    private final RestartStrategy restartStrategy;
    private final boolean networkOnly;
    private final Consumer<JobCoordinator> onEnd;
    private final CompletableFuture<JobResult> result = new CompletableFuture<>();
    private final Thread thread;
    private final long submittedMillis = System.currentTimeMillis();

    private final int checkpointInterval;
    private final String checkpointDirectory;
    /** Per loop id, the checkpoint a new attempt continues from. */
    private final Map<Integer, CompletedCheckpoint> checkpoints = new java.util.concurrent.ConcurrentHashMap<>();
    /** CREATED, RUNNING or RESTARTING; the final state is {@link #endState}. */
    private volatile State state = State.CREATED;
    /** How the job ended, set just before its result is completed. */
    private volatile State endState;
    /** The progress of the last attempt when its tasks had all ended, or null while one runs. */
    private volatile JobProgress finalProgress;
    private volatile Attempt current;
    private boolean cancelled;
    private long startNanos;
    /** What went wrong deploying the first attempt, which {@link #start} deploys itself. */
    private Throwable firstDeployFailure;

    /**
     * @param networkOnly whether even exchanges within one TaskExecutor go through the network (tests)
     * @param onEnd called once the job has ended, before its result is completed
     */
    public JobCoordinator(String jobId, JobGraph graph, JobCode code, SlotProvider slots,
                          RestartStrategy restartStrategy, boolean networkOnly, Consumer<JobCoordinator> onEnd) {
        this.jobId = jobId;
        this.graph = graph;
        this.code = code;
        this.slots = slots;
        this.restartStrategy = restartStrategy;
        this.restarts = restartStrategy.tracker();
        this.networkOnly = networkOnly;
        this.onEnd = onEnd;
        this.checkpointInterval = Integer.parseInt(graph.parameters().getOrDefault(CHECKPOINT_INTERVAL, "0").trim());
        this.checkpointDirectory = graph.parameters().getOrDefault(CHECKPOINT_DIR,
                System.getProperty("java.io.tmpdir") + "/eddy-checkpoints");
        this.thread = new Thread(this::run, "Job coordinator (" + graph.name() + ")");
        this.thread.setDaemon(true);
    }

    public String jobId() {
        return jobId;
    }

    public JobGraph graph() {
        return graph;
    }

    /** Where the job is: a final state only once its result is there, so the two never disagree. */
    public State state() {
        return result.isDone() ? endState : state;
    }

    public long submittedMillis() {
        return submittedMillis;
    }

    /** The number of the attempt running now (0 for the first). */
    public int attemptNumber() {
        Attempt attempt = current;
        return attempt == null ? 0 : attempt.number;
    }

    /** The job's result, completed when it ended (exceptionally with a {@link JobExecutionException}). */
    public CompletableFuture<JobResult> resultFuture() {
        return result;
    }

    /**
     * Validates the graph and prepares the first attempt here, so a job that cannot start fails the
     * submission itself; then runs the job on a thread of its own.
     *
     * @throws JobExecutionException if the graph is invalid or an output cannot be prepared
     */
    public void start(int maxParallelism) throws JobExecutionException {
        code = code.withSerializedFactories(validateAndSerialize(graph, maxParallelism));
        startNanos = System.nanoTime();
        current = initialize(0);
        state = State.RUNNING;
        firstDeployFailure = deploy(current);
        thread.start();
    }

    // ---- the attempts ---------------------------------------------------------------------------

    private void run() {
        try {
            runAttempts();
        } catch (Throwable t) {
            // a bug here must end the job, not leave its client waiting forever
            LOG.error("The coordinator of job '{}' failed", graph.name(), t);
            endState = State.FAILED;
            onEnd.accept(this);
            result.completeExceptionally(new JobExecutionException("Job '" + graph.name()
                    + "' failed: its coordinator failed: " + t, t));
        }
    }

    private void runAttempts() {
        Attempt attempt = current;
        JobExecutionException error;
        Throwable deployFailure = firstDeployFailure;
        while (true) {
            error = runAttempt(attempt, deployFailure);
            if (error == null) {
                error = finalizeHooks();
                if (error == null) {
                    break;
                }
            }
            boolean stop;
            synchronized (this) {
                stop = cancelled;
            }
            if (stop || !restarts.failureAllowsRestart(System.currentTimeMillis())) {
                break;
            }
            state = State.RESTARTING;
            LOG.warn("Job '{}' attempt {} failed ({}); restarting after {} ms ({})", graph.name(), attempt.number,
                    error.getMessage(), restartStrategy.delay().toMillis(), restartStrategy);
            if (!sleepUnlessCancelled(restartStrategy.delay().toMillis())) {
                break;
            }
            try {
                attempt = initialize(attempt.number + 1);
            } catch (JobExecutionException e) {
                error = e;
                break;
            }
            current = attempt;
            state = State.RUNNING;
            deployFailure = deploy(attempt);
        }
        long netRuntimeMillis = (System.nanoTime() - startNanos) / 1_000_000;
        if (checkpointInterval > 0) {
            deleteCheckpoints(io.eddy.runtime.iteration.CheckpointStorage.resolve(checkpointDirectory, jobId));
        }
        if (error == null) {
            endState = State.FINISHED;
            LOG.info("Job '{}' finished in {} ms", graph.name(), netRuntimeMillis);
            InputSplitLocality locality = attempt.splitLocality.counts();
            if (graph.vertices().stream().anyMatch(vertex -> vertex.splitSource() != null)) {
                LOG.info("Job '{}': input splits: {}", graph.name(), locality);
            }
            onEnd.accept(this);
            List<SuperstepStats> supersteps = new ArrayList<>();
            attempt.loops.forEach(loop -> supersteps.addAll(loop.stats()));
            result.complete(new JobResult(graph.name(), netRuntimeMillis, attempt.accumulators(), supersteps, locality));
        } else {
            endState = error.getCause() instanceof CancellationException ? State.CANCELLED : State.FAILED;
            LOG.info("Job '{}' ended after {} ms: {}", graph.name(), netRuntimeMillis, error.getMessage());
            onEnd.accept(this);
            result.completeExceptionally(error);
        }
    }

    private synchronized boolean sleepUnlessCancelled(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!cancelled) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return true;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                cancelled = true;
            }
        }
        return false;
    }

    /** Prepares the outputs and creates the split assigners and loop coordinators of one attempt. */
    private Attempt initialize(int number) throws JobExecutionException {
        List<JobVertex> initialized = new ArrayList<>();
        List<InputSplitAssigner> assigners = new ArrayList<>();
        List<InputSplit> allSplits = new ArrayList<>();
        JobVertex vertexAt = null;
        int operator = -1;
        try {
            for (JobVertex vertex : graph.vertices()) {
                vertexAt = vertex;
                initialized.add(vertex);
                for (MasterHook hook : vertex.masterHooks()) {
                    operator = hook.operatorIndex();
                    hook.initializeGlobal(vertex.parallelism());
                }
            }
            for (JobVertex vertex : graph.vertices()) {
                vertexAt = vertex;
                operator = 0;
                if (vertex.splitSource() == null) {
                    assigners.add(null);
                } else {
                    InputSplit[] splits = vertex.splitSource().createInputSplits(vertex.parallelism());
                    allSplits.addAll(Arrays.asList(splits));
                    assigners.add(createAssigner(vertex.splitSource(), splits));
                }
            }
        } catch (Exception e) {
            for (JobVertex vertex : initialized) {
                abortHooks(vertex);
            }
            TaskException failure = initializationFailure(vertexAt, operator, e);
            throw new JobExecutionException("Job '" + graph.name() + "' failed during initialization: "
                    + failure.getMessage(), failure);
        }
        return new Attempt(number, assigners, HostNames.rankBySplits(allSplits));
    }

    /** One run of the job. */
    private final class Attempt {
        final int number;
        final String attemptId;
        final List<InputSplitAssigner> assigners;
        /** The hosts storing the attempt's splits, most splits first: where its slots are best placed. */
        final List<String> preferredHosts;
        final SplitLocalityCounter splitLocality = new SplitLocalityCounter();
        final List<IterationCoordinator> loops = new ArrayList<>();
        /** Per vertex, per subtask: whether it has ended. */
        final boolean[][] ended;
        final Map<Integer, Map<Integer, Map<String, Object>>> accumulatorsByTask = new TreeMap<>();
        final int expected;
        List<TaskExecutorGateway> owners = List.of();
        final Set<TaskExecutorGateway> executors = new LinkedHashSet<>();
        int endedCount;
        Throwable firstFailure;
        final List<Throwable> laterFailures = new ArrayList<>();
        /** Per loop id, the superstep whose checkpoint was written at the barrier and awaits its decision. */
        final Map<Integer, Integer> pendingCheckpoints = new java.util.concurrent.ConcurrentHashMap<>();

        Attempt(int number, List<InputSplitAssigner> assigners, List<String> preferredHosts) {
            this.number = number;
            this.attemptId = JobDeployment.attemptId(jobId, number);
            this.assigners = assigners;
            this.preferredHosts = List.copyOf(preferredHosts);
            this.ended = new boolean[graph.vertices().size()][];
            int count = 0;
            for (JobVertex vertex : graph.vertices()) {
                ended[vertex.id()] = new boolean[vertex.parallelism()];
                count += vertex.parallelism();
            }
            this.expected = count;
            for (IterationSpec loop : graph.iterations()) {
                int participants = 0;
                for (int vertex : loop.bodyVertices()) {
                    participants += graph.vertex(vertex).parallelism();
                }
                CompletedCheckpoint resume = checkpoints.get(loop.id());
                loops.add(new IterationCoordinator(loop, participants, loop.isDelta(), superstep -> {
                    long onDisk = -1;
                    if (loop.isDelta()) {
                        onDisk = 0;
                        for (TaskExecutorGateway executor : executorsOfSlots(graph.vertex(loop.resultVertex()).parallelism())) {
                            onDisk += executor.applySolutionSets(attemptId, loop.id());
                        }
                    }
                    if (checkpointInterval > 0 && superstep % checkpointInterval == 0 && superstep < loop.maxSupersteps()) {
                        boolean complete = true;
                        for (TaskExecutorGateway executor : executorsOfSlots(graph.vertex(loop.headVertex()).parallelism())) {
                            complete &= executor.writeCheckpoint(attemptId, loop.id(), superstep);
                        }
                        pendingCheckpoints.put(loop.id(), complete ? superstep : -1);
                    }
                    return onDisk;
                }, resume == null ? 1 : resume.superstep() + 1, (superstep, decision) -> {
                    Integer pending = pendingCheckpoints.get(loop.id());
                    if (!decision.terminate() && pending != null && pending == superstep) {
                        checkpointCompleted(loop, superstep, decision.aggregates());
                    }
                }));
            }
        }

        Set<TaskExecutorGateway> executorsOfSlots(int count) {
            Set<TaskExecutorGateway> result = new LinkedHashSet<>();
            for (int slot = 0; slot < count; slot++) {
                result.add(owners.get(slot));
            }
            return result;
        }

        Map<String, List<Object>> accumulators() {
            Map<String, List<Object>> collected = new LinkedHashMap<>();
            synchronized (JobCoordinator.this) {
                accumulatorsByTask.values().forEach(bySubtask -> bySubtask.values().forEach(values ->
                        values.forEach((name, value) -> collected.computeIfAbsent(name, n -> new ArrayList<>()).add(value))));
            }
            collected.replaceAll((name, values) -> Collections.unmodifiableList(values));
            return collected;
        }
    }

    /**
     * The loop goes on after {@code superstep}, whose checkpoint every TaskExecutor wrote: restarts
     * continue from it, and older checkpoints of the loop are deleted.
     */
    private void checkpointCompleted(IterationSpec loop, int superstep, Map<String, Object> aggregates) {
        byte[] serialized;
        try {
            serialized = io.eddy.runtime.util.SerializationUtils.serialize(new LinkedHashMap<>(aggregates));
        } catch (Exception e) {
            LOG.warn("Loop '{}': the aggregates of superstep {} do not serialize, no checkpoint: {}", loop.name(),
                    superstep, e.toString());
            return;
        }
        CompletedCheckpoint previous = checkpoints.put(loop.id(), new CompletedCheckpoint(superstep, serialized));
        LOG.info("Loop '{}' of job '{}' checkpointed after superstep {}", loop.name(), graph.name(), superstep);
        if (previous != null && previous.superstep() != superstep) {
            deleteCheckpoints(io.eddy.runtime.iteration.IterationCheckpoint.superstepDirectory(checkpointDirectory, jobId,
                    loop.id(), previous.superstep()));
        }
    }

    private static void deleteCheckpoints(String directory) {
        try {
            io.eddy.runtime.iteration.CheckpointStorage.forPath(directory).delete(directory);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Cannot delete checkpoint files in {}: {}", directory, e.toString());
        }
    }

    /** What the attempt's loops checkpoint and continue from. */
    private JobDeployment.Checkpoints checkpointsForAttempt(int attempt) {
        if (checkpointInterval <= 0) {
            return JobDeployment.Checkpoints.NONE;
        }
        Map<Integer, Integer> resumeFrom = new LinkedHashMap<>();
        Map<Integer, byte[]> aggregates = new LinkedHashMap<>();
        checkpoints.forEach((loop, checkpoint) -> {
            resumeFrom.put(loop, checkpoint.superstep());
            aggregates.put(loop, checkpoint.aggregates());
            LOG.info("Job '{}' attempt {}: loop '{}' resumes from its checkpoint after superstep {}", graph.name(),
                    attempt, graph.iterations().get(loop).name(), checkpoint.superstep());
        });
        return new JobDeployment.Checkpoints(checkpointDirectory, checkpointInterval, resumeFrom, aggregates);
    }

    /** What {@link #deploy} returns for an attempt cancelled before it was deployed. */
    private static final Throwable CANCELLED_BEFORE_DEPLOYMENT = new CancellationException("cancelled before deployment");

    /** Allocates the attempt's slots and deploys it; null on success, else what went wrong. */
    private Throwable deploy(Attempt attempt) {
        int maxParallelism = graph.vertices().stream().mapToInt(JobVertex::parallelism).max().orElse(1);
        try {
            List<TaskExecutorGateway> owners = slots.allocate(jobId, maxParallelism, attempt.preferredHosts);
            Map<String, java.net.InetSocketAddress> addresses = new LinkedHashMap<>();
            List<String> ownerIds = new ArrayList<>();
            for (TaskExecutorGateway owner : owners) {
                ownerIds.add(owner.id());
                if (owner.dataAddress() != null) {
                    addresses.put(owner.id(), owner.dataAddress());
                }
            }
            synchronized (this) {
                attempt.owners = List.copyOf(owners);
                attempt.executors.addAll(owners);
                if (cancelled) {
                    // cancelled while it waited for slots (e.g. for containers to start): deploy nothing
                    return CANCELLED_BEFORE_DEPLOYMENT;
                }
            }
            byte[] secret = new byte[32];
            SECRETS.nextBytes(secret);
            JobDeployment deployment = new JobDeployment(jobId, attempt.number, secret, ownerIds, addresses, networkOnly,
                    checkpointsForAttempt(attempt.number));
            LOG.info("Starting job '{}' attempt {}: {} vertices, {} subtasks in {} slots of {} TaskExecutor(s)",
                    graph.name(), attempt.number, graph.vertices().size(), attempt.expected, owners.size(),
                    attempt.executors.size());
            for (TaskExecutorGateway executor : executorsOf(attempt)) {
                executor.prepareJob(deployment, graph, code, this);
            }
            for (TaskExecutorGateway executor : executorsOf(attempt)) {
                executor.startJob(attempt.attemptId);
            }
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** Runs a deployed attempt to its end; null on success, else why it failed (its outputs already discarded). */
    private JobExecutionException runAttempt(Attempt attempt, Throwable deployFailure) {
        Throwable failure;
        boolean wasCancelled;
        if (deployFailure == CANCELLED_BEFORE_DEPLOYMENT) {
            LOG.info("Job '{}' was cancelled before its attempt {} was deployed", graph.name(), attempt.number);
        } else if (deployFailure != null) {
            synchronized (this) {
                if (attempt.firstFailure == null) {
                    attempt.firstFailure = deployFailure instanceof TaskException ? deployFailure
                            : new TaskException("Deploying job '" + graph.name() + "' failed: " + deployFailure, deployFailure);
                }
            }
            cancelAttempt(attempt);
        } else {
            awaitTasks(attempt);
        }
        // what the tasks did, kept: the TaskExecutors forget it when they release the attempt
        finalProgress = progress();
        for (TaskExecutorGateway executor : executorsOf(attempt)) {
            try {
                executor.releaseJob(attempt.attemptId);
            } catch (RuntimeException e) {
                LOG.warn("TaskExecutor {} could not release attempt {}: {}", executor.id(), attempt.attemptId, e.toString());
            }
        }
        slots.release(jobId);
        synchronized (this) {
            failure = attempt.firstFailure;
            wasCancelled = cancelled;
        }
        JobExecutionException error = null;
        if (failure != null) {
            error = new JobExecutionException("Job '" + graph.name() + "' failed: " + failure.getMessage(), failure);
        } else if (wasCancelled) {
            error = new JobExecutionException("Job '" + graph.name() + "' was cancelled",
                    new CancellationException("cancelled by the client"));
        }
        if (error != null) {
            synchronized (this) {
                attempt.laterFailures.forEach(error::addSuppressed);
            }
            for (JobVertex vertex : graph.vertices()) {
                abortHooks(vertex);
            }
        }
        return error;
    }

    /** Waits until every subtask of the attempt ended, cancelling the rest at the first failure or a cancel. */
    private void awaitTasks(Attempt attempt) {
        boolean cancelIssued = false;
        while (true) {
            boolean issueCancel = false;
            synchronized (this) {
                if (attempt.endedCount == attempt.expected) {
                    return;
                }
                if (!cancelIssued && (attempt.firstFailure != null || cancelled)) {
                    cancelIssued = true;
                    issueCancel = true;
                } else {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        cancelled = true;
                    }
                }
            }
            if (issueCancel) {
                cancelAttempt(attempt);
            }
        }
    }

    /** The attempt's TaskExecutors now; a lost one leaves the set from another thread. */
    private synchronized List<TaskExecutorGateway> executorsOf(Attempt attempt) {
        return List.copyOf(attempt.executors);
    }

    private void cancelAttempt(Attempt attempt) {
        attempt.loops.forEach(IterationCoordinator::abort);
        for (TaskExecutorGateway executor : executorsOf(attempt)) {
            try {
                executor.cancelJob(attempt.attemptId);
            } catch (RuntimeException e) {
                LOG.warn("Cancelling attempt {} on TaskExecutor {} failed: {}", attempt.attemptId, executor.id(), e.toString());
            }
        }
    }

    // ---- calls from the tasks -----------------------------------------------------------------

    private Attempt attempt(String attemptId) {
        Attempt attempt = current;
        if (attempt == null || !attempt.attemptId.equals(attemptId)) {
            throw new IllegalStateException("attempt " + attemptId + " of job '" + graph.name() + "' is not running");
        }
        return attempt;
    }

    @Override
    public InputSplit requestSplit(String attemptId, int vertex, int subtask, String host) {
        Attempt attempt = attempt(attemptId);
        InputSplitAssigner assigner = attempt.assigners.get(vertex);
        if (assigner == null) {
            throw new IllegalStateException("vertex " + vertex + " of job '" + graph.name() + "' reads no splits");
        }
        InputSplit split = assigner.getNextInputSplit(host, subtask);
        if (split != null) {
            attempt.splitLocality.count(split, host);
        }
        return split;
    }

    @Override
    public IterationCoordinator.Decision superstepFinished(String attemptId, int loop, IterationCoordinator.Report report)
            throws InterruptedException {
        return attempt(attemptId).loops.get(loop).superstepFinished(report);
    }

    @Override
    public void taskEnded(String attemptId, TaskOutcome outcome) {
        Attempt attempt = current;
        if (attempt == null || !attempt.attemptId.equals(attemptId)) {
            LOG.debug("ignoring the end of a task of past attempt {}", attemptId);
            return;
        }
        taskEnded(attempt, outcome.vertex(), outcome.subtask(), outcome.failure(), outcome.accumulators());
    }

    private synchronized void taskEnded(Attempt attempt, int vertex, int subtask, Throwable failure,
                                        Map<String, Object> accumulators) {
        if (attempt.ended[vertex][subtask]) {
            return;
        }
        attempt.ended[vertex][subtask] = true;
        attempt.endedCount++;
        attempt.accumulatorsByTask.computeIfAbsent(vertex, v -> new TreeMap<>()).put(subtask, accumulators);
        if (failure != null && !(failure instanceof TaskCancelledException)) {
            if (attempt.firstFailure == null && !cancelled) {
                attempt.firstFailure = failure;
                LOG.info("Job '{}': {} ({}/{}) failed, cancelling the other tasks", graph.name(),
                        graph.vertex(vertex).name(), subtask + 1, graph.vertex(vertex).parallelism());
                attempt.loops.forEach(IterationCoordinator::abort);
            } else {
                attempt.laterFailures.add(failure);
            }
        }
        notifyAll();
    }

    /**
     * A TaskExecutor is gone (its process died or stopped answering): every subtask of the running
     * attempt in its slots has ended with a failure naming it.
     */
    public void executorLost(String executorId, String reason) {
        Attempt attempt = current;
        if (attempt == null) {
            return;
        }
        synchronized (this) {
            for (int slot = 0; slot < attempt.owners.size(); slot++) {
                if (!attempt.owners.get(slot).id().equals(executorId)) {
                    continue;
                }
                for (JobVertex vertex : graph.vertices()) {
                    if (slot < vertex.parallelism() && !attempt.ended[vertex.id()][slot]) {
                        taskEnded(attempt, vertex.id(), slot, new TaskException("TaskExecutor " + executorId
                                + " running " + vertex.name() + " (" + (slot + 1) + "/" + vertex.parallelism()
                                + ") was lost: " + reason, null), Map.of());
                    }
                }
            }
            attempt.executors.removeIf(executor -> executor.id().equals(executorId));
        }
    }

    // ---- the client's view --------------------------------------------------------------------

    @Override
    public JobResult awaitResult() throws JobExecutionException, InterruptedException {
        try {
            JobResult jobResult = result.get();
            thread.join();
            return jobResult;
        } catch (ExecutionException e) {
            thread.join();
            throw (JobExecutionException) e.getCause();
        }
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (cancelled || result.isDone()) {
                return;
            }
            cancelled = true;
            notifyAll();
        }
        LOG.info("Cancelling job '{}'", graph.name());
    }

    @Override
    public JobProgress progress() {
        JobProgress ended = finalProgress;
        if (ended != null && result.isDone()) {
            return ended;
        }
        Attempt attempt = current;
        ExecutorMetrics metrics = ExecutorMetrics.NONE;
        List<JobProgress.Loop> loopProgress = new ArrayList<>();
        int total = 0;
        if (attempt != null) {
            total = attempt.expected;
            List<TaskExecutorGateway> executors;
            synchronized (this) {
                executors = List.copyOf(attempt.executors);
            }
            for (TaskExecutorGateway executor : executors) {
                try {
                    metrics = metrics.plus(executor.metrics(attempt.attemptId));
                } catch (RuntimeException e) {
                    LOG.debug("no metrics from TaskExecutor {}", executor.id(), e);
                }
            }
            for (IterationCoordinator loop : attempt.loops) {
                loopProgress.add(new JobProgress.Loop(loop.spec().name(), loop.currentSuperstep(), loop.spec().maxSupersteps()));
            }
        }
        long elapsed = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
        return new JobProgress(elapsed, total, metrics.running(), metrics.finished(), metrics.recordsRead(),
                metrics.bytesRead(), metrics.recordsReceived(), metrics.bytesReceived(), loopProgress);
    }

    /** Per vertex of the running (or last) attempt, how many of its subtasks have ended. */
    public synchronized int[] finishedSubtasksPerVertex() {
        Attempt attempt = current;
        int[] finished = new int[graph.vertices().size()];
        if (attempt != null) {
            for (int v = 0; v < finished.length; v++) {
                for (boolean ended : attempt.ended[v]) {
                    finished[v] += ended ? 1 : 0;
                }
            }
        }
        return finished;
    }

    /** The supersteps the running (or last) attempt's loops have completed so far, loop after loop. */
    public List<SuperstepStats> supersteps() {
        Attempt attempt = current;
        List<SuperstepStats> supersteps = new ArrayList<>();
        if (attempt != null) {
            attempt.loops.forEach(loop -> supersteps.addAll(loop.stats()));
        }
        return supersteps;
    }

    // ---- master hooks and validation -----------------------------------------------------------

    /** Finalizes every vertex's hooks in vertex order; on a failure aborts them all and returns the error. */
    private JobExecutionException finalizeHooks() {
        for (JobVertex vertex : graph.vertices()) {
            for (MasterHook hook : vertex.masterHooks()) {
                try {
                    hook.finalizeGlobal(vertex.parallelism());
                } catch (Throwable t) {
                    for (JobVertex toAbort : graph.vertices()) {
                        abortHooks(toAbort);
                    }
                    return new JobExecutionException("Job '" + graph.name() + "' failed: finalizing vertex '"
                            + vertex.name() + "' failed: " + t, t);
                }
            }
        }
        return null;
    }

    private static void abortHooks(JobVertex vertex) {
        for (MasterHook hook : vertex.masterHooks()) {
            try {
                hook.abortGlobal(vertex.parallelism());
            } catch (Throwable t) {
                LOG.warn("abortGlobal of a master hook of vertex '{}' threw", vertex.name(), t);
            }
        }
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InputSplitAssigner createAssigner(InputSplitSource source, InputSplit[] splits) {
        return source.getInputSplitAssigner(splits);
    }

    /**
     * Checks that the graph can run with at most {@code maxParallelism} slots: forward edges join
     * equal parallelism, edges leave loops only as their results, no blocking exchange inside a loop
     * (whether every factory serializes is checked when the job starts).
     */
    public static void validate(JobGraph job, int maxParallelism) throws JobExecutionException {
        for (JobVertex vertex : job.vertices()) {
            if (vertex.parallelism() > maxParallelism) {
                throw new JobExecutionException("Job '" + job.name() + "' cannot run: vertex '" + vertex.name()
                        + "' has parallelism " + vertex.parallelism() + ", but the cluster has only "
                        + maxParallelism + " slots", null);
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

    /** Validates as {@link #validate} does and returns every operator's serialized factory. */
    private static List<List<byte[]>> validateAndSerialize(JobGraph job, int maxParallelism) throws JobExecutionException {
        validate(job, maxParallelism);
        try {
            return serializeFactories(job);
        } catch (IllegalArgumentException e) {
            throw new JobExecutionException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Every operator's factory, Java-serialized; each subtask deserializes its own copy.
     *
     * @throws IllegalArgumentException naming the operator that is not serializable
     */
    public static List<List<byte[]>> serializeFactories(JobGraph job) {
        List<List<byte[]>> result = new ArrayList<>();
        for (JobVertex vertex : job.vertices()) {
            List<byte[]> perOperator = new ArrayList<>();
            for (ChainedOperator operator : vertex.operators()) {
                try {
                    perOperator.add(io.eddy.runtime.util.SerializationUtils.serialize(operator.factory()));
                } catch (Exception e) {
                    throw new IllegalArgumentException("Job '" + job.name() + "' cannot run: operator '"
                            + operator.name() + "' is not serializable: " + e, e);
                }
            }
            result.add(perOperator);
        }
        return result;
    }

    /** Edges leave a loop only from its result vertex, as its result; result edges leave the loop. */
    private static String loopProblem(JobGraph job, JobEdge edge) {
        IterationSpec from = job.iterationOf(edge.sourceVertex());
        IterationSpec to = job.iterationOf(edge.targetVertex());
        boolean isResult = from != null && from.resultEdges().contains(edge.id());
        if (isResult && (edge.sourceVertex() != from.resultVertex() || to == from)) {
            return "is a result of loop '" + from.name() + "' but does not leave it from its result vertex";
        }
        if (from != null && from != to && !isResult) {
            return "leaves loop '" + from.name() + "' without being its result";
        }
        if (edge.exchangeMode() == ExchangeMode.BLOCKING && from != null && from == to) {
            return "is a blocking exchange inside loop '" + from.name() + "', which supersteps cannot pass";
        }
        return null;
    }
}

package io.eddy.runtime.executor;

import io.eddy.runtime.exchange.ResultPartition;
import io.eddy.runtime.iteration.FeedbackChannel;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.iteration.SuperstepStats;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.task.Task;
import io.eddy.runtime.task.TaskCancelledException;
import io.eddy.runtime.task.TaskDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job running on a {@link MiniCluster}: its task threads and a coordinator thread that waits for
 * them, runs the master hooks' finalize or abort, and completes the result. The job's state changes
 * (first failure, cancellation, tasks remaining) happen under this object's lock, from task threads
 * and the client.
 */
final class MiniClusterJob implements JobClient {

    private static final Logger LOG = LoggerFactory.getLogger(MiniClusterJob.class);

    private final JobGraph job;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch tasksEnded;
    private final CompletableFuture<JobResult> result = new CompletableFuture<>();
    private final List<ResultPartition> partitions;
    private final Consumer<MiniClusterJob> onEnd;
    private final Thread coordinator;
    private final List<IterationCoordinator> loops;
    private final List<FeedbackChannel> feedbackChannels;

    private Throwable firstFailure;
    private final List<Throwable> laterFailures = new ArrayList<>();
    private boolean cancelled;
    /** Set once every task has ended: a cancel() after that changes nothing. */
    private boolean tasksDone;
    private long startNanos;

    /**
     * @param partitions every result partition of the job, released when its tasks have all ended so
     *        that no buffer or spill file outlives the job, whatever the tasks managed to clean up
     */
    MiniClusterJob(JobGraph job, List<TaskDescriptor> descriptors, List<ResultPartition> partitions,
                   List<IterationCoordinator> loops, List<FeedbackChannel> feedbackChannels,
                   Consumer<MiniClusterJob> onEnd) {
        this.job = job;
        this.loops = List.copyOf(loops);
        this.feedbackChannels = List.copyOf(feedbackChannels);
        this.partitions = List.copyOf(partitions);
        this.onEnd = onEnd;
        this.tasksEnded = new CountDownLatch(descriptors.size());
        for (TaskDescriptor descriptor : descriptors) {
            Task task = new Task(descriptor, this::taskEnded);
            tasks.add(task);
            threads.add(new Thread(task, descriptor.nameWithSubtask()));
        }
        this.coordinator = new Thread(this::coordinate, "Job coordinator (" + job.name() + ")");
        this.coordinator.setDaemon(true);
    }

    void start() {
        startNanos = System.nanoTime();
        coordinator.start();
        for (Thread thread : threads) {
            thread.start();
        }
    }

    @Override
    public JobResult awaitResult() throws JobExecutionException, InterruptedException {
        try {
            JobResult jobResult = result.get();
            coordinator.join();
            return jobResult;
        } catch (ExecutionException e) {
            coordinator.join();
            throw (JobExecutionException) e.getCause();
        }
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (cancelled || tasksDone) {
                return;
            }
            cancelled = true;
        }
        LOG.info("Cancelling job '{}'", job.name());
        cancelTasks();
    }

    @Override
    public JobProgress progress() {
        int running = 0;
        int finished = 0;
        long recordsRead = 0;
        long bytesRead = 0;
        long recordsReceived = 0;
        long bytesReceived = 0;
        for (Task task : tasks) {
            if (task.isEnded()) {
                finished++;
            } else if (task.isStarted()) {
                running++;
            }
            io.eddy.runtime.task.TaskIOMetrics io = task.ioMetrics();
            recordsRead += io.recordsRead();
            bytesRead += io.bytesRead();
            recordsReceived += io.recordsReceived();
            bytesReceived += io.bytesReceived();
        }
        List<JobProgress.Loop> loopProgress = new ArrayList<>();
        for (IterationCoordinator loop : loops) {
            loopProgress.add(new JobProgress.Loop(loop.spec().name(), loop.currentSuperstep(), loop.spec().maxSupersteps()));
        }
        return new JobProgress((System.nanoTime() - startNanos) / 1_000_000, tasks.size(), running, finished,
                recordsRead, bytesRead, recordsReceived, bytesReceived, loopProgress);
    }

    private void cancelTasks() {
        loops.forEach(IterationCoordinator::abort);
        for (Task task : tasks) {
            task.cancel();
        }
    }

    private void taskEnded(Task task, Throwable failure) {
        if (failure != null) {
            boolean cancelOthers = false;
            synchronized (this) {
                if (firstFailure == null && !cancelled && !(failure instanceof TaskCancelledException)) {
                    firstFailure = failure;
                    cancelOthers = true;
                } else if (!(failure instanceof TaskCancelledException)) {
                    laterFailures.add(failure);
                }
            }
            if (cancelOthers) {
                LOG.info("Job '{}': {} failed, cancelling the other tasks", job.name(), task.nameWithSubtask());
                loops.forEach(IterationCoordinator::abort);
                cancelTasks();
            }
        }
        tasksEnded.countDown();
    }

    private void coordinate() {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        while (tasksEnded.getCount() > 0) {
            try {
                tasksEnded.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        long netRuntimeMillis = (System.nanoTime() - startNanos) / 1_000_000;
        // consumers delete what they read and failing tasks release their exchanges; this catches the
        // rest, e.g. a blocking partition whose consumer was cancelled before it connected
        for (ResultPartition partition : partitions) {
            partition.release();
        }
        feedbackChannels.forEach(FeedbackChannel::close);
        Throwable failure;
        boolean wasCancelled;
        synchronized (this) {
            tasksDone = true;
            failure = firstFailure;
            wasCancelled = cancelled;
        }
        JobExecutionException error = null;
        if (failure != null) {
            error = new JobExecutionException("Job '" + job.name() + "' failed: " + failure.getMessage(), failure);
        } else if (wasCancelled) {
            error = new JobExecutionException("Job '" + job.name() + "' was cancelled",
                    new CancellationException("cancelled by the client"));
        } else {
            error = finalizeHooks();
        }
        if (error != null) {
            synchronized (this) {
                laterFailures.forEach(error::addSuppressed);
            }
            if (failure != null || wasCancelled) {
                for (JobVertex vertex : job.vertices()) {
                    abortHooks(vertex);
                }
            }
            LOG.info("Job '{}' ended after {} ms: {}", job.name(), netRuntimeMillis, error.getMessage());
            onEnd.accept(this);
            result.completeExceptionally(error);
        } else {
            LOG.info("Job '{}' finished in {} ms", job.name(), netRuntimeMillis);
            onEnd.accept(this);
            List<SuperstepStats> supersteps = new ArrayList<>();
            loops.forEach(loop -> supersteps.addAll(loop.stats()));
            result.complete(new JobResult(job.name(), netRuntimeMillis, collectAccumulators(), supersteps));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finalizes every vertex's hooks in vertex order; on a failure aborts them all and returns the error. */
    private JobExecutionException finalizeHooks() {
        for (JobVertex vertex : job.vertices()) {
            for (MasterHook hook : vertex.masterHooks()) {
                try {
                    hook.finalizeGlobal(vertex.parallelism());
                } catch (Throwable t) {
                    for (JobVertex toAbort : job.vertices()) {
                        abortHooks(toAbort);
                    }
                    return new JobExecutionException("Job '" + job.name() + "' failed: finalizing vertex '"
                            + vertex.name() + "' failed: " + t, t);
                }
            }
        }
        return null;
    }

    static void abortHooks(JobVertex vertex) {
        for (MasterHook hook : vertex.masterHooks()) {
            try {
                hook.abortGlobal(vertex.parallelism());
            } catch (Throwable t) {
                LOG.warn("abortGlobal of a master hook of vertex '{}' threw", vertex.name(), t);
            }
        }
    }

    /** Every subtask's accumulator values by name, vertices and subtasks in order. */
    private Map<String, List<Object>> collectAccumulators() {
        Map<String, List<Object>> collected = new LinkedHashMap<>();
        for (Task task : tasks) {
            synchronized (task.accumulators()) {
                task.accumulators().forEach((name, value) ->
                        collected.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            }
        }
        collected.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return collected;
    }
}

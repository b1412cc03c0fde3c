package io.eddy.runtime.coordinator;

import io.eddy.runtime.jobgraph.JobGraph;
import java.net.InetSocketAddress;

/**
 * What a job's coordinator asks of a TaskExecutor. A job attempt is deployed in two steps so that
 * every producer's partitions exist before any consumer connects to them: {@link #prepareJob} on
 * every TaskExecutor of the attempt, then {@link #startJob} on every one.
 */
public interface TaskExecutorGateway {

    /** The TaskExecutor's id, unique in its cluster. */
    String id();

    /** The host its tasks run on, for locality of input splits. */
    String host();

    /** How many slots it offers. */
    int numSlots();

    /** Where its partition server listens, or null if it has none. */
    InetSocketAddress dataAddress();

    /**
     * Creates the attempt's partitions, feedback channels and solution sets of the slots this
     * TaskExecutor holds, and makes partitions read by other processes requestable.
     *
     * @param graph the job graph (used in this JVM)
     * @param code how to load the job's classes
     * @param master where the attempt's tasks report
     */
    void prepareJob(JobDeployment deployment, JobGraph graph, JobCode code, JobMasterGateway master) throws Exception;

    /** Connects the attempt's input channels and starts its task threads. */
    void startJob(String attemptId) throws Exception;

    /**
     * Applies the solution set updates of the superstep that just ended to this TaskExecutor's
     * partitions of loop {@code loop}'s solution set, while all tasks of the loop wait at the barrier.
     *
     * @return how many solution set partitions are on disk afterwards
     */
    long applySolutionSets(String attemptId, int loop) throws Exception;

    /**
     * Writes this TaskExecutor's part of loop {@code loop}'s checkpoint after {@code superstep}: the
     * solution set partitions and fed-back records of its slots, while every task of the loop waits at
     * the barrier.
     *
     * @return false if the state cannot be written now (a solution set partly on disk)
     */
    boolean writeCheckpoint(String attemptId, int loop, int superstep) throws Exception;

    /** Asks the attempt's tasks to stop. */
    void cancelJob(String attemptId);

    /** Releases what the attempt left: partitions, spill files, channels, the job's class loader. */
    void releaseJob(String attemptId);

    /** What the attempt's tasks here have done so far. */
    ExecutorMetrics metrics(String attemptId);
}

package io.eddy.runtime.iteration;

/**
 * Where a task of a loop's body reports the end of a superstep and learns whether another one
 * follows: the {@link IterationCoordinator} itself in one JVM, a remote call to it from a
 * TaskExecutor process.
 */
@FunctionalInterface
public interface SuperstepBarrier {

    /**
     * Reports {@code report} and waits until every task of the loop has reported the same superstep.
     *
     * @throws InterruptedException if the waiting task is cancelled
     * @throws IllegalStateException if the loop was aborted or the coordinator is unreachable
     */
    IterationCoordinator.Decision superstepFinished(IterationCoordinator.Report report) throws InterruptedException;
}

package io.eddy.optimizer;

import io.eddy.api.aggregators.AggregatorRegistry;

/**
 * A loop of the physical plan: the nodes whose {@link PlanNode#loop()} is {@code id} run superstep
 * after superstep. The head replays the partial solution or workset (the initial data in the first
 * superstep), the tail feeds the next one back, the criterion (if any) counts the termination
 * criterion's records. A delta iteration's solution set node holds the solution set and emits it as
 * the result.
 *
 * @param id the loop's number, the {@link PlanNode#loop()} of its nodes
 * @param name the iteration's name
 * @param head the node that starts every superstep; downstream of the loop, it stands for its result
 * @param tail the node that feeds records back to the head
 * @param criterion the node that counts the termination criterion's records, or null
 * @param maxIterations the most supersteps
 * @param aggregators the iteration's aggregators and convergence criterion
 * @param result the node whose output is the loop's result downstream: the head (bulk) or the
 *        solution set (delta)
 * @param solutionSetKey the solution set key of a delta iteration, else null
 * @param solutionSetUnmanaged whether a delta iteration keeps its solution set on the heap
 */
public record PlanLoop(int id, String name, PlanNode head, PlanNode tail, PlanNode criterion, int maxIterations,
                       AggregatorRegistry aggregators, PlanNode result, io.eddy.plan.KeySpec solutionSetKey,
                       boolean solutionSetUnmanaged) {

    /** Whether this is a delta iteration. */
    public boolean isDelta() {
        return solutionSetKey != null;
    }
}

package io.eddy.plan;

import io.eddy.api.aggregators.AggregatorRegistry;

/**
 * What an iteration node ({@link LogicalNode.Kind#BULK_ITERATION} or
 * {@link LogicalNode.Kind#DELTA_ITERATION}) adds to an ordinary node: its step function, given by
 * the placeholder nodes it starts from and the nodes it ends in, its termination settings and its
 * aggregators. The step function is every plan node between them; it precedes the iteration node
 * in {@link LogicalPlan#nodes()}, and the iteration node's own inputs are only the initial data sets.
 *
 * <p>A bulk iteration sets {@code partialSolution}, {@code next} (the next partial solution) and
 * possibly {@code terminationCriterion} (the loop ends once that data set is empty); a delta
 * iteration sets {@code solutionSet}, {@code workset}, {@code next} (the solution-set delta),
 * {@code nextWorkset}, {@code solutionSetKey} and {@code solutionSetUnmanaged}. Fields of the other
 * shape are null (false). Placeholder nodes name their iteration only by {@link #id()} (see
 * {@link LogicalNode#iterationId()}), so no node references a node built after it.
 *
 * @param id unique within the plan
 * @param name the user's name for the iteration or the generated one with its call site
 * @param maxIterations the maximum number of supersteps, at least 1
 * @param aggregators a copy, taken when the plan was built, of the aggregators and convergence
 *     criterion registered on the iteration; not to be modified
 * @param partialSolution bulk: the {@link LogicalNode.Kind#PARTIAL_SOLUTION} placeholder
 * @param solutionSet delta: the {@link LogicalNode.Kind#SOLUTION_SET} placeholder
 * @param workset delta: the {@link LogicalNode.Kind#WORKSET} placeholder
 * @param next bulk: the next partial solution; delta: the solution-set delta
 * @param nextWorkset delta: the next workset
 * @param terminationCriterion bulk: the data set whose emptiness ends the loop, or null
 * @param solutionSetKey delta: the key identifying solution-set records
 * @param solutionSetUnmanaged delta: keep the solution set as objects on the heap instead of
 *     managed memory
 */
public record IterationInfo(int id, String name, int maxIterations, AggregatorRegistry aggregators,
                            LogicalNode partialSolution, LogicalNode solutionSet, LogicalNode workset,
                            LogicalNode next, LogicalNode nextWorkset, LogicalNode terminationCriterion,
                            KeySpec solutionSetKey, boolean solutionSetUnmanaged) {

    public IterationInfo {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one: " + maxIterations);
        }
        if (next == null) {
            throw new IllegalArgumentException("An iteration needs the data set its step function ends in.");
        }
        boolean bulk = partialSolution != null && solutionSet == null && workset == null && nextWorkset == null
                && solutionSetKey == null && !solutionSetUnmanaged;
        boolean delta = partialSolution == null && solutionSet != null && workset != null && nextWorkset != null
                && solutionSetKey != null && terminationCriterion == null;
        if (!bulk && !delta) {
            throw new IllegalArgumentException("Set either the bulk fields (partial solution, criterion) or the delta "
                    + "fields (solution set, workset, next workset, key), not a mix.");
        }
        AggregatorRegistry copy = new AggregatorRegistry();
        if (aggregators != null) {
            copy.addAll(aggregators);
        }
        aggregators = copy;
    }

    /** A bulk iteration; {@code terminationCriterion} may be null. */
    public static IterationInfo bulk(int id, String name, int maxIterations, AggregatorRegistry aggregators,
                                     LogicalNode partialSolution, LogicalNode next, LogicalNode terminationCriterion) {
        return new IterationInfo(id, name, maxIterations, aggregators, partialSolution, null, null, next, null,
                terminationCriterion, null, false);
    }

    /** A delta iteration; {@code solutionSetDelta} becomes {@link #next()}. */
    public static IterationInfo delta(int id, String name, int maxIterations, AggregatorRegistry aggregators,
                                      LogicalNode solutionSet, LogicalNode workset, LogicalNode solutionSetDelta,
                                      LogicalNode nextWorkset, KeySpec solutionSetKey, boolean solutionSetUnmanaged) {
        return new IterationInfo(id, name, maxIterations, aggregators, null, solutionSet, workset, solutionSetDelta,
                nextWorkset, null, solutionSetKey, solutionSetUnmanaged);
    }

    /** Whether this is a delta iteration (solution set and workset) rather than a bulk one. */
    public boolean isDelta() {
        return solutionSet != null;
    }
}

package io.eddy.runtime.jobgraph;

import io.eddy.runtime.iteration.ConvergenceCheck;
import io.eddy.runtime.iteration.SuperstepAggregator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A loop in a job graph: the vertices of its body run superstep after superstep while their tasks
 * stay deployed. Operator 0 of the head vertex is the loop's head: in superstep 1 it receives the
 * initial data on its one input, in every later superstep the records the tail fed back (the tail is
 * the last operator of the tail vertex, an {@code IterationTail}). Head and tail subtask i run in
 * the same slot, joined by the feedback channel. Edges between body vertices carry an
 * end-of-superstep event after each superstep; edges from outside into the body are read once and
 * replayed to the body every superstep (loop-invariant data). The result edges leave the result
 * vertex: after the last superstep its task writes the last fed-back records (bulk) or the solution
 * set (delta) to them.
 *
 * @param id the loop's index in the job graph
 * @param name the loop's name, for logs and progress
 * @param headVertex the vertex whose operator 0 is the head
 * @param tailVertex the vertex that ends in the tail
 * @param bodyVertices every vertex inside the loop, head, tail and criterion included
 * @param criterionVertex the vertex that ends in the termination criterion's counting sink, or -1
 * @param maxSupersteps the most supersteps the loop runs, at least 1
 * @param resultEdges the edges from the head vertex that carry the loop's result out of it
 * @param aggregators the loop's aggregators by name, each a prototype copied into every task
 * @param convergence decides from the aggregates whether the loop converged, or null
 * @param feedbackSerializer serializer of the records fed back from the tail to the head
 * @param resultVertex the vertex whose task writes the loop's result to the result edges: the head
 *        (a bulk iteration's last partial solution) or the solution set's vertex (a delta iteration)
 * @param solutionSet the solution set of a delta iteration, or null for a bulk iteration
 */
public record IterationSpec(int id, String name, int headVertex, int tailVertex, Set<Integer> bodyVertices,
                            int criterionVertex, int maxSupersteps, Set<Integer> resultEdges,
                            Map<String, SuperstepAggregator> aggregators, ConvergenceCheck convergence,
                            TypeSerializer<?> feedbackSerializer, int resultVertex, SolutionSetSpec solutionSet)
        implements Serializable {

    /**
     * The solution set of a delta iteration. Operator 0 of the result vertex builds it from its one
     * input (the initial solution set, partitioned by {@code comparator}'s hash); a delta iteration
     * ends as soon as the workset (what the tail feeds back) is empty.
     *
     * @param serializer the solution set's record serializer
     * @param comparator the solution set key
     * @param unmanaged whether the index lives on the heap instead of in managed memory
     */
    public record SolutionSetSpec(TypeSerializer<?> serializer, TypeComparator<?> comparator, boolean unmanaged)
            implements Serializable {}

    /** A bulk iteration: its head writes the result. */
    public IterationSpec(int id, String name, int headVertex, int tailVertex, Set<Integer> bodyVertices,
                         int criterionVertex, int maxSupersteps, Set<Integer> resultEdges,
                         Map<String, SuperstepAggregator> aggregators, ConvergenceCheck convergence,
                         TypeSerializer<?> feedbackSerializer) {
        this(id, name, headVertex, tailVertex, bodyVertices, criterionVertex, maxSupersteps, resultEdges, aggregators,
                convergence, feedbackSerializer, headVertex, null);
    }

    /** Whether this is a delta iteration. */
    public boolean isDelta() {
        return solutionSet != null;
    }

    public IterationSpec {
        bodyVertices = Set.copyOf(bodyVertices);
        resultEdges = Set.copyOf(resultEdges);
        aggregators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aggregators));
        if (maxSupersteps < 1) {
            throw new IllegalArgumentException("loop '" + name + "' must run at least one superstep: " + maxSupersteps);
        }
        if (!bodyVertices.contains(headVertex) || !bodyVertices.contains(tailVertex) || !bodyVertices.contains(resultVertex)
                || (criterionVertex >= 0 && !bodyVertices.contains(criterionVertex))) {
            throw new IllegalArgumentException("the head, tail and criterion of loop '" + name + "' must be in its body");
        }
    }

    /** Whether {@code vertex} runs inside this loop. */
    public boolean contains(int vertex) {
        return bodyVertices.contains(vertex);
    }
}

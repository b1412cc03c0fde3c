package io.eddy.runtime.jobgraph;

import io.eddy.runtime.iteration.ConvergenceCheck;
import io.eddy.runtime.iteration.SuperstepAggregator;
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
 * replayed to the body every superstep (loop-invariant data). The result edges leave the head
 * vertex: after the last superstep the head task writes the last fed-back records to them.
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
 */
public record IterationSpec(int id, String name, int headVertex, int tailVertex, Set<Integer> bodyVertices,
                            int criterionVertex, int maxSupersteps, Set<Integer> resultEdges,
                            Map<String, SuperstepAggregator> aggregators, ConvergenceCheck convergence,
                            TypeSerializer<?> feedbackSerializer) implements Serializable {

    public IterationSpec {
        bodyVertices = Set.copyOf(bodyVertices);
        resultEdges = Set.copyOf(resultEdges);
        aggregators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aggregators));
        if (maxSupersteps < 1) {
            throw new IllegalArgumentException("loop '" + name + "' must run at least one superstep: " + maxSupersteps);
        }
        if (!bodyVertices.contains(headVertex) || !bodyVertices.contains(tailVertex)
                || (criterionVertex >= 0 && !bodyVertices.contains(criterionVertex))) {
            throw new IllegalArgumentException("the head, tail and criterion of loop '" + name + "' must be in its body");
        }
    }

    /** Whether {@code vertex} runs inside this loop. */
    public boolean contains(int vertex) {
        return bodyVertices.contains(vertex);
    }
}

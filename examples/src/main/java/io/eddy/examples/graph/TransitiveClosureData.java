package io.eddy.examples.graph;

import io.eddy.api.tuple.Tuple2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generated directed graphs for {@link TransitiveClosure} and a breadth-first search to check it
 * against. The default graph is sparse (a little more than one edge per vertex), so its closure is
 * far from complete and every reachable pair is at most a few edges apart.
 */
public final class TransitiveClosureData {

    public static final long DEFAULT_VERTICES = 100;
    public static final int DEFAULT_EDGES = 110;

    private TransitiveClosureData() {}

    /** {@code numEdges} distinct edges between distinct vertices of {@code 0..numVertices-1}, chosen with {@code seed}. */
    public static List<Tuple2<Long, Long>> edges(long numVertices, int numEdges, long seed) {
        if (numEdges > numVertices * (numVertices - 1)) {
            throw new IllegalArgumentException(numEdges + " distinct edges do not fit " + numVertices + " vertices");
        }
        Random random = new Random(seed);
        Set<Tuple2<Long, Long>> edges = new LinkedHashSet<>();
        while (edges.size() < numEdges) {
            long source = (long) (random.nextDouble() * numVertices);
            long target = (long) (random.nextDouble() * numVertices);
            if (source != target) {
                edges.add(new Tuple2<>(source, target));
            }
        }
        return new ArrayList<>(edges);
    }

    /** The whole transitive closure: a shortest walk repeats no edge, so it has at most as many edges as the graph. */
    public static Set<String> closure(Collection<Tuple2<Long, Long>> edges) {
        return reference(edges, edges.size());
    }

    /**
     * The pairs {@code (a, b)} such that a walk of 1 to {@code maxIterations + 1} edges leads from
     * {@code a} to {@code b}: what the example computes in at most {@code maxIterations}
     * supersteps, and the whole transitive closure once {@code maxIterations} is large enough.
     * A breadth-first search from every source, at most that deep.
     *
     * @return the pairs as {@code "a b"} lines, sorted
     */
    public static Set<String> reference(Collection<Tuple2<Long, Long>> edges, int maxIterations) {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Tuple2<Long, Long> edge : edges) {
            successors.computeIfAbsent(edge.f0, k -> new ArrayList<>()).add(edge.f1);
        }
        Set<String> pairs = new TreeSet<>();
        for (long source : successors.keySet()) {
            // level by level: the vertices first reached by a walk of exactly `length` edges; the
            // source itself counts only when a cycle leads back to it
            Set<Long> reached = new HashSet<>();
            List<Long> level = List.of(source);
            for (int length = 1; length <= maxIterations + 1 && !level.isEmpty(); length++) {
                List<Long> nextLevel = new ArrayList<>();
                for (long vertex : level) {
                    for (long target : successors.getOrDefault(vertex, List.of())) {
                        if (reached.add(target)) {
                            nextLevel.add(target);
                        }
                    }
                }
                level = nextLevel;
            }
            for (long target : reached) {
                pairs.add(source + " " + target);
            }
        }
        return pairs;
    }
}

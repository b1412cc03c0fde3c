package io.eddy.examples.graph;

import io.eddy.api.tuple.Tuple2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Generated graphs for {@link ConnectedComponents} and union-find to check it against. The
 * generated graph is a forest of small components of 1 to {@value #MAX_COMPONENT_SIZE} vertices,
 * each a random tree plus at most one extra edge, over shuffled vertex ids: a component's diameter
 * is below {@value #MAX_COMPONENT_SIZE}, so the example's default 10 supersteps label it completely.
 */
public final class ConnectedComponentsData {

    public static final long DEFAULT_VERTICES = 1_000;
    static final int MAX_COMPONENT_SIZE = 10;

    private ConnectedComponentsData() {}

    /** Vertices {@code 0..numVertices-1}, in a list that may be changed. */
    public static List<Long> vertices(long numVertices) {
        return LongStream.range(0, numVertices).boxed().collect(Collectors.toCollection(ArrayList::new));
    }

    /** The edges of the generated forest over vertices {@code 0..numVertices-1}, one direction each. */
    public static List<Tuple2<Long, Long>> edges(long numVertices, long seed) {
        Random random = new Random(seed);
        List<Long> ids = vertices(numVertices);
        Collections.shuffle(ids, random);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        int start = 0;
        while (start < ids.size()) {
            int size = Math.min(1 + random.nextInt(MAX_COMPONENT_SIZE), ids.size() - start);
            List<Long> component = ids.subList(start, start + size);
            for (int i = 1; i < size; i++) {
                edges.add(new Tuple2<>(component.get(i), component.get(random.nextInt(i))));
            }
            if (size > 2) {
                edges.add(new Tuple2<>(component.get(random.nextInt(size)), component.get(random.nextInt(size))));
            }
            start += size;
        }
        return edges;
    }

    /**
     * Union-find over the undirected {@code edges}: every vertex's component, named by the smallest
     * vertex id in it. Endpoints missing from {@code vertices} are ignored, as the example's join
     * with the solution set drops them.
     *
     * @return the component per vertex, ordered by vertex
     */
    public static Map<Long, Long> reference(Collection<Long> vertices, List<Tuple2<Long, Long>> edges) {
        Map<Long, Long> parent = new HashMap<>();
        for (long v : vertices) {
            parent.put(v, v);
        }
        for (Tuple2<Long, Long> edge : edges) {
            if (!parent.containsKey(edge.f0) || !parent.containsKey(edge.f1)) {
                continue;
            }
            long a = root(parent, edge.f0);
            long b = root(parent, edge.f1);
            if (a != b) {
                // the smaller id stays the root, so a root is its component's minimum
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> components = new TreeMap<>();
        for (long v : parent.keySet()) {
            components.put(v, root(parent, v));
        }
        return components;
    }

    private static long root(Map<Long, Long> parent, long vertex) {
        long root = vertex;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        // path compression: later finds along this path take one step
        long v = vertex;
        while (v != root) {
            long next = parent.get(v);
            parent.put(v, root);
            v = next;
        }
        return root;
    }
}

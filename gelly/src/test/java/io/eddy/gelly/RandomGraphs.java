package io.eddy.gelly;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random graphs for the tests, and plain-Java reference answers (Dijkstra, breadth-first
 * components) to check Gelly's iterative algorithms against.
 */
public final class RandomGraphs {

    private RandomGraphs() {}

    /** Vertices 0..n-1 (value = id) and {@code m} distinct directed edges without self-loops, weights 1..10. */
    public static Graph<Long, Long, Double> weighted(io.eddy.api.ExecutionEnvironment env, int n, int m, long seed) {
        List<Vertex<Long, Long>> vertices = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            vertices.add(new Vertex<>(i, i));
        }
        return Graph.fromCollection(vertices, edges(n, m, seed), env);
    }

    public static List<Edge<Long, Double>> edges(int n, int m, long seed) {
        Random random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        List<Edge<Long, Double>> edges = new ArrayList<>();
        while (edges.size() < m) {
            long s = random.nextInt(n);
            long t = random.nextInt(n);
            if (s != t && seen.add(s * n + t)) {
                edges.add(new Edge<>(s, t, (double) (1 + random.nextInt(10))));
            }
        }
        return edges;
    }

    /** Shortest distances from {@code source} along edge direction; infinity where unreachable. */
    public static Map<Long, Double> dijkstra(int n, List<Edge<Long, Double>> edges, long source) {
        Map<Long, List<Edge<Long, Double>>> out = new HashMap<>();
        for (Edge<Long, Double> e : edges) {
            out.computeIfAbsent(e.f0, k -> new ArrayList<>()).add(e);
        }
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[(int) source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, source});
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int v = (int) head[1];
            if (head[0] > dist[v]) {
                continue;
            }
            for (Edge<Long, Double> e : out.getOrDefault((long) v, List.of())) {
                double d = dist[v] + e.f2;
                if (d < dist[e.f1.intValue()]) {
                    dist[e.f1.intValue()] = d;
                    queue.add(new double[] {d, e.f1});
                }
            }
        }
        Map<Long, Double> result = new HashMap<>();
        for (int i = 0; i < n; i++) {
            result.put((long) i, dist[i]);
        }
        return result;
    }

    /** Each vertex's weakly connected component, labelled by its smallest vertex id. */
    public static Map<Long, Long> components(int n, List<? extends Edge<Long, ?>> edges) {
        Map<Long, List<Long>> neighbours = new HashMap<>();
        for (Edge<Long, ?> e : edges) {
            neighbours.computeIfAbsent(e.f0, k -> new ArrayList<>()).add(e.f1);
            neighbours.computeIfAbsent(e.f1, k -> new ArrayList<>()).add(e.f0);
        }
        Map<Long, Long> label = new HashMap<>();
        for (long start = 0; start < n; start++) {
            if (label.containsKey(start)) {
                continue;
            }
            ArrayDeque<Long> queue = new ArrayDeque<>(List.of(start));
            label.put(start, start);
            while (!queue.isEmpty()) {
                for (long next : neighbours.getOrDefault(queue.poll(), List.of())) {
                    if (label.putIfAbsent(next, start) == null) {
                        queue.add(next);
                    }
                }
            }
        }
        return label;
    }

    /** Vertices as an id-to-value map, failing on a duplicate id. */
    public static <V> Map<Long, V> asMap(List<Vertex<Long, V>> vertices) {
        Map<Long, V> map = new HashMap<>();
        for (Vertex<Long, V> v : vertices) {
            if (map.put(v.f0, v.f1) != null) {
                throw new AssertionError("vertex " + v.f0 + " appears twice");
            }
        }
        return map;
    }
}

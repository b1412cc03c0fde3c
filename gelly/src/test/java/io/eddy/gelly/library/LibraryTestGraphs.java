package io.eddy.gelly.library;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small hand-made and seeded random graphs with LongValue ids, shared by the library tests. */
public final class LibraryTestGraphs {

    private LibraryTestGraphs() {}

    public static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    /** A directed graph with exactly the given edges {source, target}. */
    public static Graph<LongValue, NullValue, NullValue> directed(ExecutionEnvironment env, long[][] edges) {
        List<Edge<LongValue, NullValue>> list = new ArrayList<>();
        for (long[] e : edges) {
            list.add(new Edge<>(new LongValue(e[0]), new LongValue(e[1]), NullValue.getInstance()));
        }
        return Graph.fromCollection(list, env);
    }

    /** An undirected graph: every given edge in both directions. */
    public static Graph<LongValue, NullValue, NullValue> undirected(ExecutionEnvironment env, long[][] edges) {
        List<long[]> both = new ArrayList<>();
        for (long[] e : edges) {
            both.add(e);
            both.add(new long[] {e[1], e[0]});
        }
        return directed(env, both.toArray(new long[0][]));
    }

    /**
     * A seeded random simple directed graph: {@code edges} distinct pairs without self-loops,
     * drawn with a skew towards low ids so that some vertices are hubs.
     */
    public static long[][] randomEdges(long seed, int vertices, int edges) {
        Random random = new Random(seed);
        Set<List<Long>> pairs = new LinkedHashSet<>();
        while (pairs.size() < edges) {
            long s = skewed(random, vertices);
            long t = skewed(random, vertices);
            if (s != t) {
                pairs.add(List.of(s, t));
            }
        }
        return pairs.stream().map(p -> new long[] {p.get(0), p.get(1)}).toArray(long[][]::new);
    }

    /** The undirected simple graph underlying {@link #randomEdges}: each unordered pair once. */
    public static long[][] randomUndirectedEdges(long seed, int vertices, int edges) {
        Set<List<Long>> pairs = new LinkedHashSet<>();
        for (long[] e : randomEdges(seed, vertices, edges)) {
            pairs.add(List.of(Math.min(e[0], e[1]), Math.max(e[0], e[1])));
        }
        return pairs.stream().map(p -> new long[] {p.get(0), p.get(1)}).toArray(long[][]::new);
    }

    private static long skewed(Random random, int vertices) {
        double x = random.nextDouble();
        return (long) (x * x * vertices);
    }
}

package io.eddy.gelly.generator;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs a generated graph and renders its vertices and edges as sorted lists, for exact comparisons. */
final class GeneratorTestSupport {

    private GeneratorTestSupport() {}

    static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    static List<Long> vertexIds(Graph<LongValue, NullValue, NullValue> graph) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (Vertex<LongValue, NullValue> v : graph.getVertices().collect()) {
            ids.add(v.getId().getValue());
        }
        ids.sort(null);
        return ids;
    }

    /** Edges as "source-target", sorted numerically by source then target; duplicates kept. */
    static List<String> edgePairs(Graph<LongValue, NullValue, NullValue> graph) throws Exception {
        List<long[]> pairs = new ArrayList<>();
        for (Edge<LongValue, NullValue> e : graph.getEdges().collect()) {
            pairs.add(new long[] {e.getSource().getValue(), e.getTarget().getValue()});
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        return pairs.stream().map(p -> p[0] + "-" + p[1]).collect(Collectors.toList());
    }

    static List<Long> range(long n) {
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            ids.add(i);
        }
        return ids;
    }

    /** The expected edges of an undirected edge list, each in both directions, in {@link #edgePairs} order. */
    static List<String> undirected(long[]... edges) {
        List<long[]> pairs = new ArrayList<>();
        for (long[] e : edges) {
            pairs.add(new long[] {e[0], e[1]});
            pairs.add(new long[] {e[1], e[0]});
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        return pairs.stream().map(p -> p[0] + "-" + p[1]).collect(Collectors.toList());
    }

    static long[] e(long source, long target) {
        return new long[] {source, target};
    }
}

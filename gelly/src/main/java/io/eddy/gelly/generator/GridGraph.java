package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import java.util.ArrayList;
import java.util.List;

/**
 * The undirected n-dimensional grid, as Flink's {@code GridGraph}: each vertex links to its
 * neighbors one step along each dimension, optionally wrapping the ends of a dimension into a ring.
 * As in Flink, the first dimension added is the most significant digit of the vertex id: in a grid
 * of sizes {@code (s0, s1, ..., sk)}, vertex {@code ((x0 * s1 + x1) * s2 + x2) ...} sits at
 * coordinates {@code (x0, x1, ..., xk)}, so the last dimension added varies fastest.
 */
public class GridGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_DIMENSION_SIZE = 2;

    private final ExecutionEnvironment env;
    private final List<Long> sizes = new ArrayList<>();
    private final List<Boolean> wraps = new ArrayList<>();
    private long vertexCount = 1;

    public GridGraph(ExecutionEnvironment env) {
        this.env = env;
    }

    /** Appends a dimension of {@code size} positions; {@code wrapEndpoints} links its last position to its first. */
    public GridGraph addDimension(long size, boolean wrapEndpoints) {
        checkArgument(size >= MINIMUM_DIMENSION_SIZE, "Dimension size must be at least " + MINIMUM_DIMENSION_SIZE);
        vertexCount = Math.multiplyExact(vertexCount, size);
        sizes.add(size);
        // in a dimension of two the wrap edge is the edge already there, so wrapping would duplicate it
        wraps.add(wrapEndpoints && size > 2);
        return this;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        checkArgument(!sizes.isEmpty(), "No dimensions added to GridGraph");
        long[] sizeArray = sizes.stream().mapToLong(Long::longValue).toArray();
        boolean[] wrapArray = new boolean[wraps.size()];
        for (int i = 0; i < wrapArray.length; i++) {
            wrapArray[i] = wraps.get(i);
        }
        DataSet<Vertex<LongValue, NullValue>> vertices = GeneratorUtils.vertexSequence(env, parallelism, vertexCount);
        DataSet<Edge<LongValue, NullValue>> edges = GeneratorUtils.idSequence(env, parallelism, vertexCount)
                .flatMap(new LinkToNeighbors(vertexCount, sizeArray, wrapArray)).returns(GeneratorUtils.EDGE_TYPE)
                .setParallelism(parallelism).name("Grid graph edges");
        return Graph.fromDataSet(vertices, edges, env);
    }

    static final class LinkToNeighbors implements FlatMapFunction<Long, Edge<LongValue, NullValue>> {
        private final long vertexCount;
        private final long[] sizes;
        private final boolean[] wraps;

        LinkToNeighbors(long vertexCount, long[] sizes, boolean[] wraps) {
            this.vertexCount = vertexCount;
            this.sizes = sizes;
            this.wraps = wraps;
        }

        @Override
        public void flatMap(Long source, Collector<Edge<LongValue, NullValue>> out) {
            // the id distance between neighbors in dimension d: the product of the later dimensions' sizes
            long stride = vertexCount;
            for (int d = 0; d < sizes.length; d++) {
                long size = sizes[d];
                stride /= size;
                long position = (source / stride) % size;
                if (position > 0) {
                    emit(out, source, source - stride);
                } else if (wraps[d]) {
                    emit(out, source, source + stride * (size - 1));
                }
                if (position < size - 1) {
                    emit(out, source, source + stride);
                } else if (wraps[d]) {
                    emit(out, source, source - stride * (size - 1));
                }
            }
        }

        private static void emit(Collector<Edge<LongValue, NullValue>> out, long source, long target) {
            out.collect(new Edge<>(new LongValue(source), new LongValue(target), NullValue.getInstance()));
        }
    }
}

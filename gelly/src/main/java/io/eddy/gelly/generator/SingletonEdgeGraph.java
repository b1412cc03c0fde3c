package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;

/**
 * The undirected graph of {@code vertexPairCount} disjoint edges {@code 2i <-> 2i+1}, every vertex of
 * degree one, as Flink's {@code SingletonEdgeGraph}.
 */
public class SingletonEdgeGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_PAIR_COUNT = 1;

    private final ExecutionEnvironment env;
    private final long vertexPairCount;

    public SingletonEdgeGraph(ExecutionEnvironment env, long vertexPairCount) {
        checkArgument(vertexPairCount >= MINIMUM_VERTEX_PAIR_COUNT,
                "Vertex pair count must be at least " + MINIMUM_VERTEX_PAIR_COUNT);
        this.env = env;
        this.vertexPairCount = vertexPairCount;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        long vertexCount = Math.multiplyExact(2, vertexPairCount);
        DataSet<Vertex<LongValue, NullValue>> vertices = GeneratorUtils.vertexSequence(env, parallelism, vertexCount);
        DataSet<Edge<LongValue, NullValue>> edges = GeneratorUtils.idSequence(env, parallelism, vertexCount)
                .map(new LinkToPartner()).returns(GeneratorUtils.EDGE_TYPE)
                .setParallelism(parallelism).name("Singleton edges");
        return Graph.fromDataSet(vertices, edges, env);
    }

    static final class LinkToPartner implements MapFunction<Long, Edge<LongValue, NullValue>> {
        @Override
        public Edge<LongValue, NullValue> map(Long source) {
            // flipping the low bit pairs 0 with 1, 2 with 3, ...: each vertex emits its own out-edge
            return new Edge<>(new LongValue(source), new LongValue(source ^ 1), NullValue.getInstance());
        }
    }
}

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

/** The undirected star: center vertex 0 linked to each of the other vertices, as Flink's {@code StarGraph}. */
public class StarGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_COUNT = 2;

    private final ExecutionEnvironment env;
    private final long vertexCount;

    public StarGraph(ExecutionEnvironment env, long vertexCount) {
        checkArgument(vertexCount >= MINIMUM_VERTEX_COUNT, "Vertex count must be at least " + MINIMUM_VERTEX_COUNT);
        this.env = env;
        this.vertexCount = vertexCount;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        DataSet<Vertex<LongValue, NullValue>> vertices = GeneratorUtils.vertexSequence(env, parallelism, vertexCount);
        // the leaves 1..n-1 each emit both directions of their edge, so no task enumerates all leaves
        DataSet<Edge<LongValue, NullValue>> edges = env.generateSequence(1, vertexCount - 1).setParallelism(parallelism)
                .flatMap(new LinkToCenter()).returns(GeneratorUtils.EDGE_TYPE)
                .setParallelism(parallelism).name("Star graph edges");
        return Graph.fromDataSet(vertices, edges, env);
    }

    static final class LinkToCenter implements FlatMapFunction<Long, Edge<LongValue, NullValue>> {
        @Override
        public void flatMap(Long leaf, Collector<Edge<LongValue, NullValue>> out) {
            out.collect(new Edge<>(new LongValue(0), new LongValue(leaf), NullValue.getInstance()));
            out.collect(new Edge<>(new LongValue(leaf), new LongValue(0), NullValue.getInstance()));
        }
    }
}

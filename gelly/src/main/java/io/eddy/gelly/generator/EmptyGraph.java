package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import java.util.Collections;

/** The graph of {@code vertexCount} vertices and no edges, as Flink's {@code EmptyGraph}. */
public class EmptyGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_COUNT = 0;

    private final ExecutionEnvironment env;
    private final long vertexCount;

    public EmptyGraph(ExecutionEnvironment env, long vertexCount) {
        checkArgument(vertexCount >= MINIMUM_VERTEX_COUNT, "Vertex count must be at least " + MINIMUM_VERTEX_COUNT);
        this.env = env;
        this.vertexCount = vertexCount;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        DataSet<Vertex<LongValue, NullValue>> vertices = GeneratorUtils.vertexSequence(env, parallelism, vertexCount);
        DataSet<Edge<LongValue, NullValue>> edges = env.fromCollection(
                Collections.<Edge<LongValue, NullValue>>emptyList(), GeneratorUtils.EDGE_TYPE).name("Empty edge set");
        return Graph.fromDataSet(vertices, edges, env);
    }
}

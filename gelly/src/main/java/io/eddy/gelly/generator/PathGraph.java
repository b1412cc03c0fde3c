package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;

/** The graph of the undirected path 0 - 1 - ... - (n-1): {@code 2(n-1)} directed edges, as Flink's {@code PathGraph}; a one-dimensional {@link GridGraph}. */
public class PathGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_COUNT = 2;

    private final ExecutionEnvironment env;
    private final long vertexCount;

    public PathGraph(ExecutionEnvironment env, long vertexCount) {
        checkArgument(vertexCount >= MINIMUM_VERTEX_COUNT, "Vertex count must be at least " + MINIMUM_VERTEX_COUNT);
        this.env = env;
        this.vertexCount = vertexCount;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        GridGraph grid = new GridGraph(env).addDimension(vertexCount, false);
        grid.setParallelism(parallelism);
        return grid.generate();
    }
}

package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;

/**
 * The undirected hypercube of {@code 2^dimensions} vertices, each linked to the ids differing from its
 * own in exactly one bit, as Flink's {@code HypercubeGraph}; a {@link GridGraph} of size-2 dimensions.
 */
public class HypercubeGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_DIMENSIONS = 1;
    /** 2^63 vertices would overflow a long vertex count. */
    public static final int MAXIMUM_DIMENSIONS = 63;

    private final ExecutionEnvironment env;
    private final long dimensions;

    public HypercubeGraph(ExecutionEnvironment env, long dimensions) {
        checkArgument(dimensions >= MINIMUM_DIMENSIONS, "Number of dimensions must be at least " + MINIMUM_DIMENSIONS);
        checkArgument(dimensions <= MAXIMUM_DIMENSIONS, "Number of dimensions must be at most " + MAXIMUM_DIMENSIONS);
        this.env = env;
        this.dimensions = dimensions;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        GridGraph grid = new GridGraph(env);
        for (long i = 0; i < dimensions; i++) {
            grid.addDimension(2, false);
        }
        grid.setParallelism(parallelism);
        return grid.generate();
    }
}

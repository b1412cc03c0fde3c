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

/** The undirected graph linking every vertex to every other: {@code n(n-1)} directed edges, as Flink's {@code CompleteGraph}. */
public class CompleteGraph extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_COUNT = 2;

    private final ExecutionEnvironment env;
    private final long vertexCount;

    public CompleteGraph(ExecutionEnvironment env, long vertexCount) {
        checkArgument(vertexCount >= MINIMUM_VERTEX_COUNT, "Vertex count must be at least " + MINIMUM_VERTEX_COUNT);
        this.env = env;
        this.vertexCount = vertexCount;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        DataSet<Vertex<LongValue, NullValue>> vertices = GeneratorUtils.vertexSequence(env, parallelism, vertexCount);
        // each source id fans out in its own task, so the edge work splits with the sequence
        DataSet<Edge<LongValue, NullValue>> edges = GeneratorUtils.idSequence(env, parallelism, vertexCount)
                .flatMap(new LinkToAll(vertexCount)).returns(GeneratorUtils.EDGE_TYPE)
                .setParallelism(parallelism).name("Complete graph edges");
        return Graph.fromDataSet(vertices, edges, env);
    }

    static final class LinkToAll implements FlatMapFunction<Long, Edge<LongValue, NullValue>> {
        private final long vertexCount;

        LinkToAll(long vertexCount) {
            this.vertexCount = vertexCount;
        }

        @Override
        public void flatMap(Long source, Collector<Edge<LongValue, NullValue>> out) {
            for (long target = 0; target < vertexCount; target++) {
                if (target != source) {
                    out.collect(new Edge<>(new LongValue(source), new LongValue(target), NullValue.getInstance()));
                }
            }
        }
    }
}

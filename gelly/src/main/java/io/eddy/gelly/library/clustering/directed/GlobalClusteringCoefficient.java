package io.eddy.gelly.library.clustering.directed;

import io.eddy.api.DataSet;
import io.eddy.api.types.CopyableValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.library.clustering.ClusteringCoefficientBase;
import io.eddy.gelly.library.metric.directed.VertexMetrics;

/**
 * The global clustering coefficient of a directed graph: the share of triplets (paths of two edges,
 * counted at their middle vertex over distinct neighbours) that close into a triangle. Triangles and
 * triplets are counted by sinks in the same plan, so one execution yields the result.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class GlobalClusteringCoefficient<K extends Comparable<K> & CopyableValue<K>, VV, EV>
        extends ClusteringCoefficientBase.Global<K, VV, EV, GlobalClusteringCoefficient.Result> {

    private VertexMetrics<K, VV, EV> vertexMetrics;

    @Override
    public GlobalClusteringCoefficient<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        return this;
    }

    @Override
    protected GraphAlgorithm<K, VV, EV, DataSet<TriangleListing.Result<K>>> triangleListing() {
        return new TriangleListing<K, VV, EV>().setParallelism(parallelism);
    }

    @Override
    protected void addVertexMetrics(Graph<K, VV, EV> input) throws Exception {
        vertexMetrics = new VertexMetrics<>();
        vertexMetrics.setParallelism(parallelism);
        input.run(vertexMetrics);
    }

    @Override
    protected long numberOfTriplets() {
        return vertexMetrics.getResult().getNumberOfTriplets();
    }

    @Override
    protected Result createResult(long tripletCount, long triangleCount) {
        return new Result(tripletCount, triangleCount);
    }

    /** The triplet count, closed triplet count (three per triangle) and their ratio. */
    public static class Result extends ClusteringCoefficientBase.GlobalScore {
        public Result(long tripletCount, long triangleCount) {
            super(tripletCount, triangleCount);
        }
    }
}

package io.eddy.gelly.library.clustering.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.types.CopyableValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.library.clustering.ClusteringCoefficientBase;

/**
 * The average clustering coefficient of a undirected graph: the mean of the local clustering
 * coefficients over all vertices, those with fewer than two neighbours counting as zero.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class AverageClusteringCoefficient<K extends Comparable<K> & CopyableValue<K>, VV, EV>
        extends ClusteringCoefficientBase.Average<K, VV, EV, AverageClusteringCoefficient.Result> {

    @Override
    public AverageClusteringCoefficient<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        return this;
    }

    @Override
    protected GraphAlgorithm<K, VV, EV, DataSet<LocalClusteringCoefficient.Result<K>>> localClusteringCoefficient() {
        return new LocalClusteringCoefficient<K, VV, EV>().setParallelism(parallelism);
    }

    @Override
    protected Result createResult(long vertexCount, double sumOfScores) {
        return new Result(vertexCount, sumOfScores);
    }

    /** The vertex count and the mean local clustering coefficient. */
    public static class Result extends ClusteringCoefficientBase.AverageScore {
        public Result(long vertexCount, double sumOfLocalClusteringCoefficient) {
            super(vertexCount, sumOfLocalClusteringCoefficient);
        }
    }
}

package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.gsa.ApplyFunction;
import io.eddy.gelly.gsa.GatherFunction;
import io.eddy.gelly.gsa.Neighbor;
import io.eddy.gelly.gsa.NumericSum;
import io.eddy.gelly.gsa.SumFunction;

/**
 * Single-source shortest paths by gather-sum-apply: the same distances as
 * {@link SingleSourceShortestPaths}, computed by gathering each changed in-neighbour's distance
 * plus the edge weight, keeping the minimum and applying it when it is shorter.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type (replaced by the distance)
 */
public class GSASingleSourceShortestPaths<K, VV>
        implements GraphAlgorithm<K, VV, Double, DataSet<Vertex<K, Double>>> {

    private final K srcVertexId;

    private final Integer maxIterations;

    public GSASingleSourceShortestPaths(K srcVertexId, Integer maxIterations) {
        this.srcVertexId = srcVertexId;
        this.maxIterations = maxIterations;
    }

    @Override
    public DataSet<Vertex<K, Double>> run(Graph<K, VV, Double> input) {
        return input.mapVertices(new LibraryFunctions.InitialDistance<K, VV>(srcVertexId))
                .runGatherSumApplyIteration(new CalculateDistances(), new ChooseMinDistance(),
                        new UpdateDistance<K>(), maxIterations)
                .getVertices();
    }

    /** A neighbour's distance plus the weight of the edge from it. */
    public static final class CalculateDistances extends GatherFunction<Double, Double, Double> {
        @Override
        public Double gather(Neighbor<Double, Double> neighbor) {
            return neighbor.getNeighborValue() + neighbor.getEdgeValue();
        }
    }

    /** The shorter of two distances. */
    public static final class ChooseMinDistance extends SumFunction<Double, Double, Double> implements NumericSum {
        @Override
        public Double sum(Double a, Double b) {
            return Math.min(a, b);
        }

        @Override
        public Fold fold(Class<?> type) {
            return type == Double.class ? Fold.DOUBLE_MIN : null;
        }
    }

    /** Keeps the shortest gathered distance if it beats the vertex's. */
    public static final class UpdateDistance<K> extends ApplyFunction<K, Double, Double> {
        @Override
        public void apply(Double newDistance, Double oldDistance) {
            if (newDistance < oldDistance) {
                setResult(newDistance);
            }
        }
    }
}

package io.eddy.gelly.library.clustering;

import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The options common to the directed and undirected triangle listings. Triangles are found by
 * orienting every edge from the endpoint of lower degree to the one of higher degree (ties broken by
 * id) and closing the wedges formed by pairs of out-edges. That way each triangle is found exactly
 * once, at its lowest-ranked vertex, and no vertex has more out-edges than about the square root of
 * twice the edge count, so the wedges, the costly part, stay few even around hubs.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <R> the result type
 */
public abstract class TriangleListingBase<K, VV, EV, R> extends GraphAlgorithmWrappingDataSet<K, VV, EV, R> {

    /** The six orderings of a triangle's three vertices, for {@link #setPermuteResults(boolean)}. */
    protected static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    protected boolean sortTriangleVertices;

    protected boolean permuteResults;

    /** Whether the vertex ids of each triangle are output in ascending order; the default is false. */
    public TriangleListingBase<K, VV, EV, R> setSortTriangleVertices(boolean sortTriangleVertices) {
        this.sortTriangleVertices = sortTriangleVertices;
        return this;
    }

    /** Whether each triangle is output six times, once for each ordering of its vertices; the default is false. */
    public TriangleListingBase<K, VV, EV, R> setPermuteResults(boolean permuteResults) {
        this.permuteResults = permuteResults;
        return this;
    }
}

package io.eddy.gelly.library.clustering;

import io.eddy.api.types.LongValue;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.asm.result.UnaryResultBase;

/**
 * The fields of a local clustering coefficient result, shared by the directed and undirected
 * flavours, which differ only in how many neighbour pairs a degree allows.
 *
 * @param <T> the vertex id type
 */
public abstract class LocalClusteringCoefficientResultBase<T> extends UnaryResultBase<T> implements PrintableResult {

    private LongValue degree;

    private LongValue triangleCount;

    /** The number of distinct neighbours. */
    public LongValue getDegree() {
        return degree;
    }

    public void setDegree(LongValue degree) {
        this.degree = degree;
    }

    /** The number of edges between neighbours (each direction counted in a directed graph). */
    public LongValue getTriangleCount() {
        return triangleCount;
    }

    public void setTriangleCount(LongValue triangleCount) {
        this.triangleCount = triangleCount;
    }

    /** The number of possible edges between the neighbours of a vertex of this degree. */
    protected abstract long neighborPairs(long degree);

    /**
     * Edges between neighbours divided by possible edges between neighbours; NaN for a vertex with
     * fewer than two neighbours, where the ratio is 0/0.
     */
    public double getLocalClusteringCoefficientScore() {
        long pairs = neighborPairs(degree.getValue());
        return pairs == 0 ? Double.NaN : triangleCount.getValue() / (double) pairs;
    }

    @Override
    public String toString() {
        return "(" + getVertexId0() + "," + degree + "," + triangleCount + ")";
    }

    @Override
    public String toPrintableString() {
        return "Vertex ID: " + getVertexId0() + ", vertex degree: " + degree + ", triangle count: " + triangleCount
                + ", local clustering coefficient: " + getLocalClusteringCoefficientScore();
    }
}

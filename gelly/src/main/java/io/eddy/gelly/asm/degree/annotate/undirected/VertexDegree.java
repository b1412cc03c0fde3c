package io.eddy.gelly.asm.degree.annotate.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The degree of each vertex of an undirected graph. Vertices without edges appear only with
 * {@link #setIncludeZeroDegreeVertices(boolean)}, which costs a join with the vertex set.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class VertexDegree<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, Vertex<K, LongValue>> {

    private boolean includeZeroDegreeVertices;

    private boolean reduceOnTargetId;

    /** Whether vertices without edges are output, with degree zero; the default is false. */
    public VertexDegree<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    /**
     * Counts edges by target instead of source id, which gives the same degrees on an undirected
     * graph but may reuse a partitioning by target.
     */
    public VertexDegree<K, VV, EV> setReduceOnTargetId(boolean reduceOnTargetId) {
        this.reduceOnTargetId = reduceOnTargetId;
        return this;
    }

    @Override
    protected DataSet<Vertex<K, LongValue>> runInternal(Graph<K, VV, EV> input) throws Exception {
        return DegreeAnnotationFunctions.countEdges(input, reduceOnTargetId, includeZeroDegreeVertices, parallelism);
    }
}

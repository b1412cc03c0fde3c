package io.eddy.gelly.asm.degree.annotate.directed;

import io.eddy.api.DataSet;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The in-degree of each vertex of a directed graph: its number of in-edges.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class VertexInDegree<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, Vertex<K, LongValue>> {

    private boolean includeZeroDegreeVertices;

    /** Whether vertices without in-edges are output, with degree zero; the default is false. */
    public VertexInDegree<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    @Override
    protected DataSet<Vertex<K, LongValue>> runInternal(Graph<K, VV, EV> input) throws Exception {
        return DegreeAnnotationFunctions.countEdges(input, true, includeZeroDegreeVertices, parallelism);
    }
}

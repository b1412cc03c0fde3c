package io.eddy.gelly.asm.degree.annotate.directed;

import io.eddy.api.DataSet;
import io.eddy.api.tuple.Tuple3;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * Annotates each edge of a directed graph with the {@link Degrees} of both endpoints:
 * (s, t, (ev, degrees(s), degrees(t))).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class EdgeDegreesPair<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, Edge<K, Tuple3<EV, Degrees, Degrees>>> {

    @Override
    protected DataSet<Edge<K, Tuple3<EV, Degrees, Degrees>>> runInternal(Graph<K, VV, EV> input) throws Exception {
        DataSet<Vertex<K, Degrees>> degrees = new VertexDegrees<K, VV, EV>().setParallelism(parallelism).run(input);
        return DegreeAnnotationFunctions.joinEdgeWithValues(input, degrees, parallelism);
    }
}

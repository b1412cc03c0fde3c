package io.eddy.gelly.asm.degree.annotate.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * Annotates each edge of an undirected graph with the degrees of both endpoints: (s, t, (ev, d(s), d(t))).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class EdgeDegreePair<K, VV, EV>
        extends GraphAlgorithmWrappingDataSet<K, VV, EV, Edge<K, Tuple3<EV, LongValue, LongValue>>> {

    private boolean reduceOnTargetId;

    /** Counts degrees by target id; the same on an undirected graph. */
    public EdgeDegreePair<K, VV, EV> setReduceOnTargetId(boolean reduceOnTargetId) {
        this.reduceOnTargetId = reduceOnTargetId;
        return this;
    }

    @Override
    protected DataSet<Edge<K, Tuple3<EV, LongValue, LongValue>>> runInternal(Graph<K, VV, EV> input) throws Exception {
        DataSet<Vertex<K, LongValue>> degrees = new VertexDegree<K, VV, EV>().setReduceOnTargetId(reduceOnTargetId)
                .setParallelism(parallelism).run(input);
        return DegreeAnnotationFunctions.joinEdgeWithValues(input, degrees, parallelism);
    }
}

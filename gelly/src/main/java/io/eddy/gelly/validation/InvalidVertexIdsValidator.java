package io.eddy.gelly.validation;

import io.eddy.api.DataSet;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that every edge's source and target is a vertex of the graph. Runs one job that counts the
 * endpoint ids with no vertex.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class InvalidVertexIdsValidator<K, VV, EV> extends GraphValidator<K, VV, EV> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(InvalidVertexIdsValidator.class);

    @Override
    public boolean validate(Graph<K, VV, EV> graph) throws Exception {
        TypeInformation<K> keyType = ((TupleTypeInfo<?>) graph.getVertices().getType()).getTypeAt(0);
        TypeInformation<Tuple1<K>> idType = new TupleTypeInfo<>(keyType);
        DataSet<Tuple1<K>> endpointIds = graph.getEdges().flatMap(new EndpointIds<K, EV>()).returns(idType).distinct();
        long missing = endpointIds.coGroup(graph.getVertices()).where(0).equalTo(0)
                .with(new IdsWithoutVertex<K, VV>()).returns(idType).count();
        if (missing > 0) {
            LOG.info("{} edge endpoint id(s) have no vertex", missing);
        }
        return missing == 0;
    }

    /** Both endpoint ids of an edge. */
    private static final class EndpointIds<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple1<K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple1<K>> out) {
            out.collect(new Tuple1<>(edge.f0));
            out.collect(new Tuple1<>(edge.f1));
        }
    }

    /** Emits the id when no vertex has it. */
    private static final class IdsWithoutVertex<K, VV> implements CoGroupFunction<Tuple1<K>, Vertex<K, VV>, Tuple1<K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Tuple1<K>> ids, Iterable<Vertex<K, VV>> vertices, Collector<Tuple1<K>> out) {
            if (!vertices.iterator().hasNext()) {
                for (Tuple1<K> id : ids) {
                    out.collect(id);
                }
            }
        }
    }
}

package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.library.clustering.undirected.TriangleListing;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Lists the triangles of a graph taken as undirected, each once as its three vertex ids in
 * ascending order. Unlike {@link TriangleListing} it accepts any graph: edge directions, duplicate
 * edges and self-loops are dropped first, and ids need only be comparable.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class TriangleEnumerator<K extends Comparable<K>, VV, EV> implements GraphAlgorithm<K, VV, EV, DataSet<Tuple3<K, K, K>>> {

    @Override
    public DataSet<Tuple3<K, K, K>> run(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<Edge<K, NullValue>> edgeType = GellyTypes.edge(keyType, TypeInformation.of(NullValue.class));
        DataSet<Edge<K, NullValue>> simple = input.getEdges().flatMap(new BothDirections<K, EV>()).returns(edgeType)
                .name("Undirected edges").distinct(0, 1).name("Distinct edges");
        Graph<K, NullValue, NullValue> undirected = Graph.fromDataSet(simple, input.getContext());
        return TriangleListing.listTriangles(undirected, ExecutionConfig.PARALLELISM_DEFAULT)
                .map(new SortIds<K>()).returns(GellyTypes.tuple(keyType, keyType, keyType)).name("Sort triangle ids");
    }

    private static final class BothDirections<K extends Comparable<K>, EV> implements FlatMapFunction<Edge<K, EV>, Edge<K, NullValue>> {
        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Edge<K, NullValue>> out) {
            if (edge.f0.compareTo(edge.f1) != 0) {
                out.collect(new Edge<>(edge.f0, edge.f1, NullValue.getInstance()));
                out.collect(new Edge<>(edge.f1, edge.f0, NullValue.getInstance()));
            }
        }
    }

    private static final class SortIds<K extends Comparable<K>> implements MapFunction<Tuple3<K, K, K>, Tuple3<K, K, K>> {
        @Override
        public Tuple3<K, K, K> map(Tuple3<K, K, K> triangle) {
            return TriangleListing.sort(triangle.f0, triangle.f1, triangle.f2);
        }
    }
}

package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Summarizes a graph by its vertex values: all vertices with equal values become one vertex, whose
 * id is the smallest id among them and whose value is the shared value with the number of vertices
 * merged; all edges between two such groups with equal values become one edge, valued with the shared
 * edge value and the number of edges merged. Vertex and edge values must therefore be usable as keys.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class Summarization<K extends Comparable<K>, VV, EV>
        implements GraphAlgorithm<K, VV, EV, Graph<K, Summarization.VertexValue<VV>, Summarization.EdgeValue<EV>>> {

    @Override
    public Graph<K, VertexValue<VV>, EdgeValue<EV>> run(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<VV> valueType = GellyTypes.vertexValueType(input);
        TypeInformation<EV> edgeValueType = GellyTypes.edgeValueType(input);

        // (vertex id, representative id, group value, group size), the group size only on the representative's item
        DataSet<VertexGroupItem<K, VV>> items = input.getVertices().groupBy(1).sortGroup(0, Order.ASCENDING)
                .reduceGroup(new VertexGroupReducer<K, VV>())
                .returns(GellyTypes.tuple(VertexGroupItem.class, keyType, keyType, valueType, Types.LONG))
                .name("Vertex groups");
        DataSet<Vertex<K, VertexValue<VV>>> vertices = items.flatMap(new RepresentativeVertices<K, VV>())
                .returns(GellyTypes.vertex(keyType, GellyTypes.tuple(VertexValue.class, valueType, Types.LONG)))
                .name("Summarized vertices");
        DataSet<VertexWithRepresentative<K>> representatives = items.map(new Representative<K, VV>())
                .returns(GellyTypes.tuple(VertexWithRepresentative.class, keyType, keyType)).name("Representatives");

        TypeInformation<Tuple3<K, K, EV>> edgeType = GellyTypes.tuple(keyType, keyType, edgeValueType);
        DataSet<Edge<K, EdgeValue<EV>>> edges = input.getEdges()
                .join(representatives).where(0).equalTo(0).with(new SourceRepresentative<K, EV>()).returns(edgeType)
                .name("Source representatives")
                .join(representatives).where(1).equalTo(0).with(new TargetRepresentative<K, EV>()).returns(edgeType)
                .name("Target representatives")
                .groupBy(0, 1, 2).reduceGroup(new EdgeGroupReducer<K, EV>())
                .returns(GellyTypes.edge(keyType, GellyTypes.tuple(EdgeValue.class, edgeValueType, Types.LONG)))
                .name("Summarized edges");
        return Graph.fromDataSet(vertices, edges, input.getContext());
    }

    /**
     * The value of a summarized vertex: the group's vertex value and the number of vertices in it.
     *
     * @param <VV> the vertex value type
     */
    public static final class VertexValue<VV> extends Tuple2<VV, Long> {

        public VV getVertexGroupValue() {
            return f0;
        }

        public void setVertexGroupValue(VV value) {
            f0 = value;
        }

        public Long getVertexGroupCount() {
            return f1;
        }

        public void setVertexGroupCount(Long count) {
            f1 = count;
        }
    }

    /**
     * The value of a summarized edge: the group's edge value and the number of edges in it.
     *
     * @param <EV> the edge value type
     */
    public static final class EdgeValue<EV> extends Tuple2<EV, Long> {

        public EV getEdgeGroupValue() {
            return f0;
        }

        public void setEdgeGroupValue(EV value) {
            f0 = value;
        }

        public Long getEdgeGroupCount() {
            return f1;
        }

        public void setEdgeGroupCount(Long count) {
            f1 = count;
        }
    }

    /**
     * A vertex with its group: (vertex id, representative id, group value, group size), the group
     * size being 0 except on the representative's own item. (Flink holds the value in an Either; here
     * every item carries it, which keeps the item a flat tuple.)
     *
     * @param <K> the vertex id type
     * @param <VGV> the vertex group value type
     */
    public static final class VertexGroupItem<K, VGV> extends Tuple4<K, K, VGV, Long> {

        public K getVertexId() {
            return f0;
        }

        public void setVertexId(K vertexId) {
            f0 = vertexId;
        }

        public K getGroupRepresentativeId() {
            return f1;
        }

        public void setGroupRepresentativeId(K representativeId) {
            f1 = representativeId;
        }

        public VGV getVertexGroupValue() {
            return f2;
        }

        public void setVertexGroupValue(VGV value) {
            f2 = value;
        }

        public Long getVertexGroupCount() {
            return f3;
        }

        public void setVertexGroupCount(Long count) {
            f3 = count;
        }
    }

    /**
     * A vertex id and the id of its group's representative.
     *
     * @param <K> the vertex id type
     */
    public static final class VertexWithRepresentative<K> extends Tuple2<K, K> {

        public K getVertexId() {
            return f0;
        }

        public void setVertexId(K vertexId) {
            f0 = vertexId;
        }

        public K getGroupRepresentativeId() {
            return f1;
        }

        public void setGroupRepresentativeId(K representativeId) {
            f1 = representativeId;
        }
    }

    private static final class VertexGroupReducer<K, VV> implements GroupReduceFunction<Vertex<K, VV>, VertexGroupItem<K, VV>> {
        @Override
        public void reduce(Iterable<Vertex<K, VV>> vertices, Collector<VertexGroupItem<K, VV>> out) {
            Vertex<K, VV> representative = null;
            long count = 0;
            for (Vertex<K, VV> vertex : vertices) {
                if (representative == null) {
                    representative = vertex;
                } else {
                    out.collect(item(vertex.f0, representative.f0, vertex.f1, 0L));
                }
                count++;
            }
            out.collect(item(representative.f0, representative.f0, representative.f1, count));
        }

        private static <K, VV> VertexGroupItem<K, VV> item(K id, K representative, VV value, long count) {
            VertexGroupItem<K, VV> item = new VertexGroupItem<>();
            item.setFields(id, representative, value, count);
            return item;
        }
    }

    private static final class RepresentativeVertices<K, VV>
            implements io.eddy.api.functions.FlatMapFunction<VertexGroupItem<K, VV>, Vertex<K, VertexValue<VV>>> {
        @Override
        public void flatMap(VertexGroupItem<K, VV> item, Collector<Vertex<K, VertexValue<VV>>> out) {
            if (item.f3 > 0) {
                VertexValue<VV> value = new VertexValue<>();
                value.setFields(item.f2, item.f3);
                out.collect(new Vertex<>(item.f0, value));
            }
        }
    }

    private static final class Representative<K, VV>
            implements io.eddy.api.functions.MapFunction<VertexGroupItem<K, VV>, VertexWithRepresentative<K>> {
        @Override
        public VertexWithRepresentative<K> map(VertexGroupItem<K, VV> item) {
            VertexWithRepresentative<K> result = new VertexWithRepresentative<>();
            result.setFields(item.f0, item.f1);
            return result;
        }
    }

    private static final class SourceRepresentative<K, EV>
            implements JoinFunction<Edge<K, EV>, VertexWithRepresentative<K>, Tuple3<K, K, EV>> {
        @Override
        public Tuple3<K, K, EV> join(Edge<K, EV> edge, VertexWithRepresentative<K> source) {
            return new Tuple3<>(source.f1, edge.f1, edge.f2);
        }
    }

    private static final class TargetRepresentative<K, EV>
            implements JoinFunction<Tuple3<K, K, EV>, VertexWithRepresentative<K>, Tuple3<K, K, EV>> {
        @Override
        public Tuple3<K, K, EV> join(Tuple3<K, K, EV> edge, VertexWithRepresentative<K> target) {
            return new Tuple3<>(edge.f0, target.f1, edge.f2);
        }
    }

    private static final class EdgeGroupReducer<K, EV> implements GroupReduceFunction<Tuple3<K, K, EV>, Edge<K, EdgeValue<EV>>> {
        @Override
        public void reduce(Iterable<Tuple3<K, K, EV>> edges, Collector<Edge<K, EdgeValue<EV>>> out) {
            Tuple3<K, K, EV> first = null;
            long count = 0;
            for (Tuple3<K, K, EV> edge : edges) {
                if (first == null) {
                    first = edge;
                }
                count++;
            }
            EdgeValue<EV> value = new EdgeValue<>();
            value.setFields(first.f2, count);
            out.collect(new Edge<>(first.f0, first.f1, value));
        }
    }
}

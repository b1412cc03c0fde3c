package io.eddy.gelly;

import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The functions {@link Graph}'s operators run: small, generic in the id and value types, and
 * serializable into the job. Separate from Graph so that the API class reads as the list of graph
 * operations; each is package-private because only Graph builds them.
 */
final class GraphFunctions {

    private GraphFunctions() {}


    static final class EndpointVertices<K, EV> implements FlatMapFunction<Edge<K, EV>, Vertex<K, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Vertex<K, NullValue>> out) {
            out.collect(new Vertex<>(edge.f0, NullValue.getInstance()));
            out.collect(new Vertex<>(edge.f1, NullValue.getInstance()));
        }
    }

    /** Both endpoint ids, as (id, id) so that a tuple type with a key field carries them. */
    static final class EndpointIds<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple2<K, K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple2<K, K>> out) {
            out.collect(new Tuple2<>(edge.f0, edge.f0));
            out.collect(new Tuple2<>(edge.f1, edge.f1));
        }
    }

    static final class InitializeVertex<K, VV> implements MapFunction<Tuple2<K, K>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<K, VV> initializer;

        InitializeVertex(MapFunction<K, VV> initializer) {
            this.initializer = initializer;
        }

        @Override
        public Vertex<K, VV> map(Tuple2<K, K> id) throws Exception {
            return new Vertex<>(id.f0, initializer.map(id.f0));
        }
    }

    static final class TupleToVertex<K, VV> implements MapFunction<Tuple2<K, VV>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Vertex<K, VV> map(Tuple2<K, VV> tuple) {
            return new Vertex<>(tuple.f0, tuple.f1);
        }
    }

    static final class TupleToEdge<K, EV> implements MapFunction<Tuple3<K, K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, EV> map(Tuple3<K, K, EV> tuple) {
            return new Edge<>(tuple.f0, tuple.f1, tuple.f2);
        }
    }

    static final class PairToEdge<K> implements MapFunction<Tuple2<K, K>, Edge<K, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, NullValue> map(Tuple2<K, K> pair) {
            return new Edge<>(pair.f0, pair.f1, NullValue.getInstance());
        }
    }

    static final class VertexToTuple2<K, VV> implements MapFunction<Vertex<K, VV>, Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, VV> map(Vertex<K, VV> vertex) {
            return new Tuple2<>(vertex.f0, vertex.f1);
        }
    }

    static final class EdgeToTuple3<K, EV> implements MapFunction<Edge<K, EV>, Tuple3<K, K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<K, K, EV> map(Edge<K, EV> edge) {
            return new Tuple3<>(edge.f0, edge.f1, edge.f2);
        }
    }

    static final class VertexId<K, VV> implements MapFunction<Vertex<K, VV>, K> {
        private static final long serialVersionUID = 1L;

        @Override
        public K map(Vertex<K, VV> vertex) {
            return vertex.f0;
        }
    }

    static final class EdgeIds<K, EV> implements MapFunction<Edge<K, EV>, Tuple2<K, K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, K> map(Edge<K, EV> edge) {
            return new Tuple2<>(edge.f0, edge.f1);
        }
    }

    static final class AttachSourceValue<K, VV, EV>
            implements JoinFunction<Vertex<K, VV>, Edge<K, EV>, Tuple4<K, K, VV, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple4<K, K, VV, EV> join(Vertex<K, VV> source, Edge<K, EV> edge) {
            return new Tuple4<>(edge.f0, edge.f1, source.f1, edge.f2);
        }
    }

    static final class AttachTargetValue<K, VV, EV>
            implements JoinFunction<Tuple4<K, K, VV, EV>, Vertex<K, VV>, Triplet<K, VV, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Triplet<K, VV, EV> join(Tuple4<K, K, VV, EV> half, Vertex<K, VV> target) {
            return new Triplet<>(half.f0, half.f1, half.f2, target.f1, half.f3);
        }
    }

    /** Applies a user function to the vertex, keeping the id: Gelly's mapVertices maps values only. */
    static final class MapVertexValue<K, VV, NV> implements MapFunction<Vertex<K, VV>, Vertex<K, NV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<Vertex<K, VV>, NV> mapper;

        MapVertexValue(MapFunction<Vertex<K, VV>, NV> mapper) {
            this.mapper = mapper;
        }

        @Override
        public Vertex<K, NV> map(Vertex<K, VV> vertex) throws Exception {
            return new Vertex<>(vertex.f0, mapper.map(vertex));
        }
    }

    static final class MapEdgeValue<K, EV, NV> implements MapFunction<Edge<K, EV>, Edge<K, NV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<Edge<K, EV>, NV> mapper;

        MapEdgeValue(MapFunction<Edge<K, EV>, NV> mapper) {
            this.mapper = mapper;
        }

        @Override
        public Edge<K, NV> map(Edge<K, EV> edge) throws Exception {
            return new Edge<>(edge.f0, edge.f1, mapper.map(edge));
        }
    }

    static final class ReverseEdge<K, EV> implements MapFunction<Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, EV> map(Edge<K, EV> edge) {
            return edge.reverse();
        }
    }

    static final class EdgeAndReverse<K, EV> implements FlatMapFunction<Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Edge<K, EV>> out) {
            out.collect(edge);
            out.collect(edge.reverse());
        }
    }

    /** Counts the edges grouped with a vertex; a coGroup (not a groupBy on edges) so that isolated vertices get 0. */
    static final class CountEdges<K, VV, EV>
            implements CoGroupFunction<Vertex<K, VV>, Edge<K, EV>, Tuple2<K, LongValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Edge<K, EV>> edges, Collector<Tuple2<K, LongValue>> out) {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                return; // edges of a missing vertex: Gelly counts degrees of vertices only
            }
            long count = 0;
            for (Edge<K, EV> ignored : edges) {
                count++;
            }
            out.collect(new Tuple2<>(it.next().f0, new LongValue(count)));
        }
    }

    static final class SumDegrees<K> implements NumericReduceFunction<Tuple2<K, LongValue>> {
        @Override
        public Fold[] folds() {
            return new Fold[] {Fold.LONG_SUM};
        }

        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, LongValue> reduce(Tuple2<K, LongValue> a, Tuple2<K, LongValue> b) {
            return new Tuple2<>(a.f0, new LongValue(a.f1.getValue() + b.f1.getValue()));
        }
    }

    static final class ApplyVertexJoin<K, VV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple2<K, T>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final VertexJoinFunction<VV, T> function;

        ApplyVertexJoin(VertexJoinFunction<VV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertices, Iterable<Tuple2<K, T>> input, Collector<Vertex<K, VV>> out)
                throws Exception {
            Iterator<Tuple2<K, T>> match = input.iterator();
            T value = match.hasNext() ? match.next().f1 : null;
            for (Vertex<K, VV> vertex : vertices) {
                // as in Flink, only the first matching input record counts
                out.collect(value == null ? vertex : new Vertex<>(vertex.f0, function.vertexJoin(vertex.f1, value)));
            }
        }
    }

    /** Applies an edge join function with the value at {@code valueField} of the first matching input record. */
    static final class ApplyEdgeJoin<K, EV, I extends Tuple, T> implements CoGroupFunction<Edge<K, EV>, I, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final EdgeJoinFunction<EV, T> function;
        private final int valueField;

        ApplyEdgeJoin(EdgeJoinFunction<EV, T> function, int valueField) {
            this.function = function;
            this.valueField = valueField;
        }

        @Override
        public void coGroup(Iterable<Edge<K, EV>> edges, Iterable<I> input, Collector<Edge<K, EV>> out) throws Exception {
            Iterator<I> match = input.iterator();
            T value = match.hasNext() ? match.next().getField(valueField) : null;
            for (Edge<K, EV> edge : edges) {
                out.collect(value == null ? edge : new Edge<>(edge.f0, edge.f1, function.edgeJoin(edge.f2, value)));
            }
        }
    }

    static final class KeepExistingVertex<K, VV>
            implements CoGroupFunction<Vertex<K, VV>, Vertex<K, VV>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> existing, Iterable<Vertex<K, VV>> added, Collector<Vertex<K, VV>> out) {
            Iterator<Vertex<K, VV>> it = existing.iterator();
            if (it.hasNext()) {
                out.collect(it.next());
            } else {
                Iterator<Vertex<K, VV>> fresh = added.iterator();
                if (fresh.hasNext()) {
                    out.collect(fresh.next());
                }
            }
        }
    }

    /** Emits the first group's records when the second group is empty. */
    static final class FirstWithoutSecond<A, B> implements CoGroupFunction<A, B, A> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<A> first, Iterable<B> second, Collector<A> out) {
            if (!second.iterator().hasNext()) {
                for (A record : first) {
                    out.collect(record);
                }
            }
        }
    }

    static final class FirstOfPair<A, B> implements JoinFunction<A, B, A> {
        private static final long serialVersionUID = 1L;

        @Override
        public A join(A first, B second) {
            return first;
        }
    }

    static final class NotBetween<K, EV> implements FilterFunction<Edge<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final K source;
        private final K target;

        NotBetween(K source, K target) {
            this.source = source;
            this.target = target;
        }

        @Override
        public boolean filter(Edge<K, EV> edge) {
            return !(edge.f0.equals(source) && edge.f1.equals(target));
        }
    }

    /** For each pair of equal edges, one from each graph, emits both. */
    static final class PairwiseEdges<K, EV> implements CoGroupFunction<Edge<K, EV>, Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Edge<K, EV>> left, Iterable<Edge<K, EV>> right, Collector<Edge<K, EV>> out) {
            Iterator<Edge<K, EV>> l = left.iterator();
            Iterator<Edge<K, EV>> r = right.iterator();
            while (l.hasNext() && r.hasNext()) {
                out.collect(l.next());
                out.collect(r.next());
            }
        }
    }

    static final class KeyEdges<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple2<K, Edge<K, EV>>> {
        private static final long serialVersionUID = 1L;
        private final EdgeDirection direction;

        KeyEdges(EdgeDirection direction) {
            this.direction = direction;
        }

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple2<K, Edge<K, EV>>> out) {
            if (direction != EdgeDirection.IN) {
                out.collect(new Tuple2<>(edge.f0, edge));
            }
            if (direction != EdgeDirection.OUT) {
                out.collect(new Tuple2<>(edge.f1, edge));
            }
        }
    }

    static final class ApplyEdgesWithVertexValue<K, VV, EV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple2<K, Edge<K, EV>>, T> {
        private static final long serialVersionUID = 1L;
        private final EdgesFunctionWithVertexValue<K, VV, EV, T> function;

        ApplyEdgesWithVertexValue(EdgesFunctionWithVertexValue<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Tuple2<K, Edge<K, EV>>> keyedEdges, Collector<T> out)
                throws Exception {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("An edge refers to a vertex id that is not in the graph: "
                        + keyedEdges.iterator().next().f0);
            }
            List<Edge<K, EV>> edges = new ArrayList<>();
            for (Tuple2<K, Edge<K, EV>> keyed : keyedEdges) {
                edges.add(keyed.f1);
            }
            function.iterateEdges(it.next(), edges, out);
        }
    }

    static final class ApplyEdges<K, EV, T> implements GroupReduceFunction<Tuple2<K, Edge<K, EV>>, T> {
        private static final long serialVersionUID = 1L;
        private final EdgesFunction<K, EV, T> function;

        ApplyEdges(EdgesFunction<K, EV, T> function) {
            this.function = function;
        }

        @Override
        public void reduce(Iterable<Tuple2<K, Edge<K, EV>>> edges, Collector<T> out) throws Exception {
            function.iterateEdges(edges, out);
        }
    }

    /** (vertex id, neighbor id, edge) for each end of an edge that the direction selects. */
    static final class KeyEdgesWithNeighborId<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple3<K, K, Edge<K, EV>>> {
        private static final long serialVersionUID = 1L;
        private final EdgeDirection direction;

        KeyEdgesWithNeighborId(EdgeDirection direction) {
            this.direction = direction;
        }

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple3<K, K, Edge<K, EV>>> out) {
            if (direction != EdgeDirection.IN) {
                out.collect(new Tuple3<>(edge.f0, edge.f1, edge));
            }
            if (direction != EdgeDirection.OUT) {
                out.collect(new Tuple3<>(edge.f1, edge.f0, edge));
            }
        }
    }

    static final class AttachNeighbor<K, VV, EV>
            implements JoinFunction<Tuple3<K, K, Edge<K, EV>>, Vertex<K, VV>, Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<K, Edge<K, EV>, Vertex<K, VV>> join(Tuple3<K, K, Edge<K, EV>> keyed, Vertex<K, VV> neighbor) {
            return new Tuple3<>(keyed.f0, keyed.f2, neighbor);
        }
    }

    static final class ApplyNeighborsWithVertexValue<K, VV, EV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, T> {
        private static final long serialVersionUID = 1L;
        private final NeighborsFunctionWithVertexValue<K, VV, EV, T> function;

        ApplyNeighborsWithVertexValue(NeighborsFunctionWithVertexValue<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> neighbors,
                Collector<T> out) throws Exception {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("An edge refers to a vertex id that is not in the graph: "
                        + neighbors.iterator().next().f0);
            }
            List<Tuple2<Edge<K, EV>, Vertex<K, VV>>> pairs = new ArrayList<>();
            for (Tuple3<K, Edge<K, EV>, Vertex<K, VV>> neighbor : neighbors) {
                pairs.add(new Tuple2<>(neighbor.f1, neighbor.f2));
            }
            function.iterateNeighbors(it.next(), pairs, out);
        }
    }

    static final class ApplyNeighbors<K, VV, EV, T>
            implements GroupReduceFunction<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, T> {
        private static final long serialVersionUID = 1L;
        private final NeighborsFunction<K, VV, EV, T> function;

        ApplyNeighbors(NeighborsFunction<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void reduce(Iterable<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> neighbors, Collector<T> out) throws Exception {
            function.iterateNeighbors(neighbors, out);
        }
    }

    static final class KeyAndNeighborValue<K, VV, EV>
            implements MapFunction<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, VV> map(Tuple3<K, Edge<K, EV>, Vertex<K, VV>> neighbor) {
            return new Tuple2<>(neighbor.f0, neighbor.f2.f1);
        }
    }

    static final class ReduceNeighborValues<K, VV> implements ReduceFunction<Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final ReduceNeighborsFunction<VV> function;

        ReduceNeighborValues(ReduceNeighborsFunction<VV> function) {
            this.function = function;
        }

        @Override
        public Tuple2<K, VV> reduce(Tuple2<K, VV> a, Tuple2<K, VV> b) {
            return new Tuple2<>(a.f0, function.reduceNeighbors(a.f1, b.f1));
        }
    }

    static final class KeyAndEdgeValue<K, EV> implements MapFunction<Tuple2<K, Edge<K, EV>>, Tuple2<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, EV> map(Tuple2<K, Edge<K, EV>> keyed) {
            return new Tuple2<>(keyed.f0, keyed.f1.f2);
        }
    }

    static final class ReduceEdgeValues<K, EV> implements ReduceFunction<Tuple2<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final ReduceEdgesFunction<EV> function;

        ReduceEdgeValues(ReduceEdgesFunction<EV> function) {
            this.function = function;
        }

        @Override
        public Tuple2<K, EV> reduce(Tuple2<K, EV> a, Tuple2<K, EV> b) {
            return new Tuple2<>(a.f0, function.reduceEdges(a.f1, b.f1));
        }
    }
}

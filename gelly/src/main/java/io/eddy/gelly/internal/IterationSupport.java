package io.eddy.gelly.internal;

import io.eddy.api.DataSet;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RuntimeContext;
import io.eddy.api.operators.UdfOperator;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Vertex;
import java.util.Iterator;
import java.util.List;

/**
 * What the iteration models share: the vertex count broadcast to their functions, and the vertex
 * state that carries in- and out-degrees beside the value when a configuration asks for them.
 */
public final class IterationSupport {

    /** The name of the broadcast set holding the number of vertices. */
    public static final String NUMBER_OF_VERTICES = "io.eddy.gelly.number-of-vertices";

    private IterationSupport() {
    }

    /** A one-element data set with the number of elements of {@code input}. */
    public static <T> DataSet<Long> count(DataSet<T> input) {
        return input.map(new One<T>()).name("Count vertices").reduce(new Sum()).name("Count vertices");
    }

    /** The broadcast vertex count, or -1 when the function was not given one. */
    public static long numberOfVertices(RuntimeContext context, boolean counted) {
        if (!counted) {
            return -1L;
        }
        List<Long> count = context.getBroadcastVariable(NUMBER_OF_VERTICES);
        return count.isEmpty() ? 0L : count.get(0);
    }

    /** Adds the broadcast sets, and the vertex count when there is one, to a function's operator. */
    public static void addBroadcastSets(UdfOperator<?> operator, List<Tuple2<String, DataSet<?>>> sets,
            DataSet<Long> numberOfVertices) {
        for (Tuple2<String, DataSet<?>> set : sets) {
            operator.withBroadcastSet(set.f1, set.f0);
        }
        if (numberOfVertices != null) {
            operator.withBroadcastSet(numberOfVertices, NUMBER_OF_VERTICES);
        }
    }

    /** The vertices with their value, in-degree and out-degree, counted over the given edges. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, VV, EV> DataSet<Vertex<K, Tuple3<VV, Long, Long>>> withDegrees(DataSet<Vertex<K, VV>> vertices,
            DataSet<Edge<K, EV>> edges) {
        TupleTypeInfo<Vertex<K, VV>> vertexType = (TupleTypeInfo<Vertex<K, VV>>) vertices.getType();
        TypeInformation<Tuple3<VV, Long, Long>> valueType = new TupleTypeInfo(Tuple3.class, vertexType.getTypeAt(1),
                BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO);
        TypeInformation<Vertex<K, Tuple3<VV, Long, Long>>> stateType =
                new TupleTypeInfo(Vertex.class, vertexType.getTypeAt(0), valueType);
        DataSet<Vertex<K, Tuple3<VV, Long, Long>>> withOut = vertices.coGroup(edges).where(0).equalTo(0)
                .with(new CountOutDegree<K, VV, EV>()).returns(stateType).name("Out-degrees");
        return withOut.coGroup(edges).where(0).equalTo(1)
                .with(new CountInDegree<K, VV, EV>()).returns(stateType).name("In-degrees");
    }

    /** The vertices without the degrees {@link #withDegrees} added. */
    public static <K, VV> DataSet<Vertex<K, VV>> withoutDegrees(DataSet<Vertex<K, Tuple3<VV, Long, Long>>> state,
            TypeInformation<Vertex<K, VV>> vertexType) {
        return state.map(new DropDegrees<K, VV>()).returns(vertexType).name("Drop degrees");
    }

    /**
     * Turns stored vertex state into the vertex a user function sees, and a new value back into
     * state, keeping the degrees of the vertex last unwrapped.
     */
    public static final class VertexState<K, VV> {

        private final boolean degrees;

        private final Vertex<K, VV> userVertex = new Vertex<>();

        private long inDegree = -1L;

        private long outDegree = -1L;

        public VertexState(boolean degrees) {
            this.degrees = degrees;
        }

        @SuppressWarnings("unchecked")
        public Vertex<K, VV> unwrap(Vertex<K, Object> stored) {
            if (!degrees) {
                return (Vertex<K, VV>) (Vertex<K, ?>) stored;
            }
            Tuple3<VV, Long, Long> value = (Tuple3<VV, Long, Long>) stored.f1;
            userVertex.f0 = stored.f0;
            userVertex.f1 = value.f0;
            inDegree = value.f1;
            outDegree = value.f2;
            return userVertex;
        }

        public Vertex<K, Object> wrap(K id, VV value) {
            return degrees ? new Vertex<>(id, new Tuple3<>(value, inDegree, outDegree)) : new Vertex<>(id, value);
        }

        public long inDegree() {
            return inDegree;
        }

        public long outDegree() {
            return outDegree;
        }
    }

    private static final class One<T> implements MapFunction<T, Long> {
        @Override
        public Long map(T value) {
            return 1L;
        }
    }

    private static final class Sum implements ReduceFunction<Long> {
        @Override
        public Long reduce(Long a, Long b) {
            return a + b;
        }
    }

    private static long count(Iterable<?> items) {
        long n = 0;
        for (Iterator<?> it = items.iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static final class CountOutDegree<K, VV, EV>
            implements CoGroupFunction<Vertex<K, VV>, Edge<K, EV>, Vertex<K, Tuple3<VV, Long, Long>>> {
        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Edge<K, EV>> edges,
                Collector<Vertex<K, Tuple3<VV, Long, Long>>> out) {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (it.hasNext()) {
                Vertex<K, VV> v = it.next();
                out.collect(new Vertex<>(v.f0, new Tuple3<>(v.f1, 0L, count(edges))));
            }
        }
    }

    private static final class CountInDegree<K, VV, EV> implements
            CoGroupFunction<Vertex<K, Tuple3<VV, Long, Long>>, Edge<K, EV>, Vertex<K, Tuple3<VV, Long, Long>>> {
        @Override
        public void coGroup(Iterable<Vertex<K, Tuple3<VV, Long, Long>>> vertex, Iterable<Edge<K, EV>> edges,
                Collector<Vertex<K, Tuple3<VV, Long, Long>>> out) {
            Iterator<Vertex<K, Tuple3<VV, Long, Long>>> it = vertex.iterator();
            if (it.hasNext()) {
                Vertex<K, Tuple3<VV, Long, Long>> v = it.next();
                out.collect(new Vertex<>(v.f0, new Tuple3<>(v.f1.f0, count(edges), v.f1.f2)));
            }
        }
    }

    private static final class DropDegrees<K, VV> implements MapFunction<Vertex<K, Tuple3<VV, Long, Long>>, Vertex<K, VV>> {
        @Override
        public Vertex<K, VV> map(Vertex<K, Tuple3<VV, Long, Long>> vertex) {
            return new Vertex<>(vertex.f0, vertex.f1.f0);
        }
    }
}

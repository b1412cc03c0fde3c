package io.eddy.gelly.asm.degree.annotate;

import io.eddy.api.DataSet;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.types.LongValue;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Operators and functions shared by the degree annotations. They emit a new record per call: without object reuse
 * Eddy's drivers keep the records they are given (a chained combiner keeps its first record), so a
 * reused output object would be overwritten under them.
 */
public final class DegreeAnnotationFunctions {

    private DegreeAnnotationFunctions() {}

    /**
     * The number of edges out of (or, with {@code byTarget}, into) each vertex; with
     * {@code includeZeroDegreeVertices} also the vertices without any, from the vertex set.
     */
    public static <K, VV, EV> DataSet<Vertex<K, LongValue>> countEdges(Graph<K, VV, EV> input, boolean byTarget,
            boolean includeZeroDegreeVertices, int parallelism) {
        TypeInformation<Vertex<K, LongValue>> type = GellyTypes.vertex(GellyTypes.keyType(input), GellyTypes.LONG_VALUE);
        DataSet<Vertex<K, LongValue>> degrees = input.getEdges()
                .map(new MapEdgeToVertexCount<K, EV>(byTarget)).returns(type).setParallelism(parallelism)
                .name(byTarget ? "Edge target ids" : "Edge source ids")
                .groupBy(0).reduce(new DegreeCount<K>()).setParallelism(parallelism).name("Degree count");
        if (!includeZeroDegreeVertices) {
            return degrees;
        }
        return input.getVertices().leftOuterJoin(degrees).where(0).equalTo(0)
                .with(new JoinVertexWithVertexDegree<K, VV>()).returns(type).setParallelism(parallelism)
                .name("Zero degree vertices");
    }

    /** Attaches to each edge the value of its source (or, at {@code edgeField} 1, its target) in {@code values}. */
    public static <K, EV, D> DataSet<Edge<K, Tuple2<EV, D>>> joinEdgeWithValue(Graph<K, ?, EV> input,
            DataSet<Vertex<K, D>> values, int edgeField, int parallelism) {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<D> valueType = GellyTypes.field(values, 1);
        return input.getEdges().join(values).where(edgeField).equalTo(0)
                .with(new JoinEdgeWithVertexDegree<K, EV, D>())
                .returns(GellyTypes.edge(keyType, GellyTypes.tuple(GellyTypes.edgeValueType(input), valueType)))
                .setParallelism(parallelism).name(edgeField == 0 ? "Edge source degree" : "Edge target degree");
    }

    /** Attaches to each edge the values of both its endpoints in {@code values}. */
    public static <K, EV, D> DataSet<Edge<K, Tuple3<EV, D, D>>> joinEdgeWithValues(Graph<K, ?, EV> input,
            DataSet<Vertex<K, D>> values, int parallelism) {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<D> valueType = GellyTypes.field(values, 1);
        return joinEdgeWithValue(input, values, 0, parallelism).join(values).where(1).equalTo(0)
                .with(new JoinEdgeDegreeWithVertexDegree<K, EV, D>())
                .returns(GellyTypes.edge(keyType,
                        GellyTypes.tuple(GellyTypes.edgeValueType(input), valueType, valueType)))
                .setParallelism(parallelism).name("Edge degree pair");
    }

    /** One count for the source (or, with {@code target}, the target) of each edge. */
    public static final class MapEdgeToVertexCount<K, EV> implements MapFunction<Edge<K, EV>, Vertex<K, LongValue>> {
        private final boolean target;

        public MapEdgeToVertexCount(boolean target) {
            this.target = target;
        }

        @Override
        public Vertex<K, LongValue> map(Edge<K, EV> edge) {
            return new Vertex<>(target ? edge.f1 : edge.f0, new LongValue(1));
        }
    }

    /** Sums the counts of one vertex. */
    public static final class DegreeCount<K> implements NumericReduceFunction<Vertex<K, LongValue>> {
        @Override
        public Fold[] folds() {
            return new Fold[] {Fold.LONG_SUM};
        }

        @Override
        public Vertex<K, LongValue> reduce(Vertex<K, LongValue> left, Vertex<K, LongValue> right) {
            return new Vertex<>(left.f0, new LongValue(left.f1.getValue() + right.f1.getValue()));
        }
    }

    /** Gives every vertex its degree, zero if it had no match (a left outer join on the vertex set). */
    public static final class JoinVertexWithVertexDegree<K, VV>
            implements JoinFunction<Vertex<K, VV>, Vertex<K, LongValue>, Vertex<K, LongValue>> {
        @Override
        public Vertex<K, LongValue> join(Vertex<K, VV> vertex, Vertex<K, LongValue> degree) {
            return new Vertex<>(vertex.f0, degree == null ? new LongValue(0) : degree.f1);
        }
    }

    /** Attaches a vertex's value (its degree) to an edge: (s, t, (ev, d)). */
    public static final class JoinEdgeWithVertexDegree<K, EV, D>
            implements JoinFunction<Edge<K, EV>, Vertex<K, D>, Edge<K, Tuple2<EV, D>>> {
        @Override
        public Edge<K, Tuple2<EV, D>> join(Edge<K, EV> edge, Vertex<K, D> degree) {
            return new Edge<>(edge.f0, edge.f1, new Tuple2<>(edge.f2, degree.f1));
        }
    }

    /** Attaches the target's degree to an edge already carrying its source's: (s, t, (ev, d(s), d(t))). */
    public static final class JoinEdgeDegreeWithVertexDegree<K, EV, D>
            implements JoinFunction<Edge<K, Tuple2<EV, D>>, Vertex<K, D>, Edge<K, Tuple3<EV, D, D>>> {
        @Override
        public Edge<K, Tuple3<EV, D, D>> join(Edge<K, Tuple2<EV, D>> edge, Vertex<K, D> degree) {
            return new Edge<>(edge.f0, edge.f1, new Tuple3<>(edge.f2.f0, edge.f2.f1, degree.f1));
        }
    }
}

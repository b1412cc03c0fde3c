package io.eddy.gelly.asm.translate;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Vertex;

/**
 * Applies a {@link TranslateFunction} to the ids or values of a DataSet of vertices or edges. The
 * methods taking a parallelism run the translation at it ({@link ExecutionConfig#PARALLELISM_DEFAULT}
 * for the environment's).
 */
public final class Translate {

    private Translate() {}

    public static <OLD, NEW, VV> DataSet<Vertex<NEW, VV>> translateVertexIds(DataSet<Vertex<OLD, VV>> vertices,
            TranslateFunction<OLD, NEW> translator) {
        return translateVertexIds(vertices, translator, ExecutionConfig.PARALLELISM_DEFAULT);
    }

    public static <OLD, NEW, VV> DataSet<Vertex<NEW, VV>> translateVertexIds(DataSet<Vertex<OLD, VV>> vertices,
            TranslateFunction<OLD, NEW> translator, int parallelism) {
        TypeInformation<OLD> oldType = field(vertices, 0);
        TypeInformation<NEW> newType = resultType(translator, oldType);
        return vertices.map(new VertexIds<OLD, NEW, VV>(translator))
                .returns(tuple(Vertex.class, newType, field(vertices, 1)))
                .setParallelism(parallelism).name("Translate vertex IDs");
    }

    public static <OLD, NEW, EV> DataSet<Edge<NEW, EV>> translateEdgeIds(DataSet<Edge<OLD, EV>> edges,
            TranslateFunction<OLD, NEW> translator) {
        return translateEdgeIds(edges, translator, ExecutionConfig.PARALLELISM_DEFAULT);
    }

    public static <OLD, NEW, EV> DataSet<Edge<NEW, EV>> translateEdgeIds(DataSet<Edge<OLD, EV>> edges,
            TranslateFunction<OLD, NEW> translator, int parallelism) {
        TypeInformation<OLD> oldType = field(edges, 0);
        TypeInformation<NEW> newType = resultType(translator, oldType);
        return edges.map(new EdgeIds<OLD, NEW, EV>(translator))
                .returns(tuple(Edge.class, newType, newType, field(edges, 2)))
                .setParallelism(parallelism).name("Translate edge IDs");
    }

    public static <K, OLD, NEW> DataSet<Vertex<K, NEW>> translateVertexValues(DataSet<Vertex<K, OLD>> vertices,
            TranslateFunction<OLD, NEW> translator) {
        return translateVertexValues(vertices, translator, ExecutionConfig.PARALLELISM_DEFAULT);
    }

    public static <K, OLD, NEW> DataSet<Vertex<K, NEW>> translateVertexValues(DataSet<Vertex<K, OLD>> vertices,
            TranslateFunction<OLD, NEW> translator, int parallelism) {
        TypeInformation<OLD> oldType = field(vertices, 1);
        TypeInformation<NEW> newType = resultType(translator, oldType);
        return vertices.map(new VertexValues<K, OLD, NEW>(translator))
                .returns(tuple(Vertex.class, field(vertices, 0), newType))
                .setParallelism(parallelism).name("Translate vertex values");
    }

    public static <K, OLD, NEW> DataSet<Edge<K, NEW>> translateEdgeValues(DataSet<Edge<K, OLD>> edges,
            TranslateFunction<OLD, NEW> translator) {
        return translateEdgeValues(edges, translator, ExecutionConfig.PARALLELISM_DEFAULT);
    }

    public static <K, OLD, NEW> DataSet<Edge<K, NEW>> translateEdgeValues(DataSet<Edge<K, OLD>> edges,
            TranslateFunction<OLD, NEW> translator, int parallelism) {
        TypeInformation<OLD> oldType = field(edges, 2);
        TypeInformation<NEW> newType = resultType(translator, oldType);
        TypeInformation<K> keyType = field(edges, 0);
        return edges.map(new EdgeValues<K, OLD, NEW>(translator))
                .returns(tuple(Edge.class, keyType, keyType, newType))
                .setParallelism(parallelism).name("Translate edge values");
    }

    // ------------------------------------------------------------------ types

    private static <OLD, NEW> TypeInformation<NEW> resultType(TranslateFunction<OLD, NEW> translator,
            TypeInformation<OLD> oldType) {
        if (translator == null) {
            throw new NullPointerException("The translate function must not be null");
        }
        // not allowing missing types: a lambda's erased result type fails here, naming the function
        return TypeExtractor.getUnaryOperatorReturnType(translator, TranslateFunction.class, 0, 1, -1, oldType,
                "translate", false);
    }

    @SuppressWarnings("unchecked")
    private static <X> TypeInformation<X> field(DataSet<?> tuples, int position) {
        TypeInformation<?> type = tuples.getType();
        if (!(type instanceof TupleTypeInfo)) {
            throw new IllegalArgumentException("Expected a DataSet of vertices or edges with tuple type information, got "
                    + type);
        }
        return (TypeInformation<X>) ((TupleTypeInfo<?>) type).getTypeAt(position);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> TypeInformation<T> tuple(Class<?> tupleClass, TypeInformation<?>... fields) {
        return (TypeInformation<T>) new TupleTypeInfo(tupleClass, fields);
    }

    // ------------------------------------------------------------------ functions
    // Each passes null as reuse: the emitted record may still be held downstream (object reuse is
    // not assumed), so a value filled into last record's field could change a record already emitted.

    private static final class VertexIds<OLD, NEW, VV> implements MapFunction<Vertex<OLD, VV>, Vertex<NEW, VV>> {
        private static final long serialVersionUID = 1L;
        private final TranslateFunction<OLD, NEW> translator;

        VertexIds(TranslateFunction<OLD, NEW> translator) {
            this.translator = translator;
        }

        @Override
        public Vertex<NEW, VV> map(Vertex<OLD, VV> vertex) throws Exception {
            return new Vertex<>(translator.translate(vertex.f0, null), vertex.f1);
        }
    }

    private static final class EdgeIds<OLD, NEW, EV> implements MapFunction<Edge<OLD, EV>, Edge<NEW, EV>> {
        private static final long serialVersionUID = 1L;
        private final TranslateFunction<OLD, NEW> translator;

        EdgeIds(TranslateFunction<OLD, NEW> translator) {
            this.translator = translator;
        }

        @Override
        public Edge<NEW, EV> map(Edge<OLD, EV> edge) throws Exception {
            return new Edge<>(translator.translate(edge.f0, null), translator.translate(edge.f1, null), edge.f2);
        }
    }

    private static final class VertexValues<K, OLD, NEW> implements MapFunction<Vertex<K, OLD>, Vertex<K, NEW>> {
        private static final long serialVersionUID = 1L;
        private final TranslateFunction<OLD, NEW> translator;

        VertexValues(TranslateFunction<OLD, NEW> translator) {
            this.translator = translator;
        }

        @Override
        public Vertex<K, NEW> map(Vertex<K, OLD> vertex) throws Exception {
            return new Vertex<>(vertex.f0, translator.translate(vertex.f1, null));
        }
    }

    private static final class EdgeValues<K, OLD, NEW> implements MapFunction<Edge<K, OLD>, Edge<K, NEW>> {
        private static final long serialVersionUID = 1L;
        private final TranslateFunction<OLD, NEW> translator;

        EdgeValues(TranslateFunction<OLD, NEW> translator) {
            this.translator = translator;
        }

        @Override
        public Edge<K, NEW> map(Edge<K, OLD> edge) throws Exception {
            return new Edge<>(edge.f0, edge.f1, translator.translate(edge.f2, null));
        }
    }
}

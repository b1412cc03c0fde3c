package io.eddy.gelly.utils;

import io.eddy.api.DataSet;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.CompositeType;
import io.eddy.api.typeutils.PojoField;
import io.eddy.api.typeutils.PojoTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Type information for the records Gelly's algorithms produce. Their functions are generic in the
 * vertex id, which erasure hides from type extraction, so every operator declares its output type
 * with {@code returns(...)}, built here from the input graph's types.
 */
public final class GellyTypes {

    /** {@link LongValue}, the type of degrees and counts. */
    public static final TypeInformation<LongValue> LONG_VALUE = TypeInformation.of(LongValue.class);

    private GellyTypes() {}

    /** The vertex id type of a graph. */
    public static <K> TypeInformation<K> keyType(Graph<K, ?, ?> graph) {
        return field(graph.getVertices(), 0);
    }

    /** The vertex value type of a graph. */
    public static <VV> TypeInformation<VV> vertexValueType(Graph<?, VV, ?> graph) {
        return field(graph.getVertices(), 1);
    }

    /** The edge value type of a graph. */
    public static <EV> TypeInformation<EV> edgeValueType(Graph<?, ?, EV> graph) {
        return field(graph.getEdges(), 2);
    }

    /** The type of field {@code position} of a DataSet of tuples or POJOs. */
    @SuppressWarnings("unchecked")
    public static <X> TypeInformation<X> field(DataSet<?> data, int position) {
        TypeInformation<?> type = data.getType();
        if (!(type instanceof CompositeType)) {
            throw new InvalidTypesException("Expected tuples, found " + type);
        }
        return (TypeInformation<X>) ((CompositeType<?>) type).getTypeAt(position);
    }

    /** A plain tuple type (Tuple2, Tuple3, ... by the number of fields). */
    public static <T extends Tuple> TypeInformation<T> tuple(TypeInformation<?>... fields) {
        return new TupleTypeInfo<>(fields);
    }

    /** The type of a tuple subclass such as {@link Vertex} or {@link Edge}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T extends Tuple> TypeInformation<T> tuple(Class<?> tupleClass, TypeInformation<?>... fields) {
        return new TupleTypeInfo(tupleClass, fields);
    }

    public static <K, V> TypeInformation<Vertex<K, V>> vertex(TypeInformation<K> key, TypeInformation<V> value) {
        return tuple(Vertex.class, key, value);
    }

    public static <K, V> TypeInformation<Edge<K, V>> edge(TypeInformation<K> key, TypeInformation<V> value) {
        return tuple(Edge.class, key, key, value);
    }

    /**
     * The POJO type of a result class generic in one type variable (the vertex id): fields declared
     * with a type variable get {@code variableType}, the others their declared class.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> TypeInformation<T> pojo(Class<?> pojoClass, TypeInformation<?> variableType) {
        List<PojoField> fields = new ArrayList<>();
        for (Class<?> c = pojoClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                TypeInformation<?> type = field.getGenericType() instanceof TypeVariable ? variableType
                        : TypeExtractor.createTypeInfo(field.getGenericType());
                fields.add(new PojoField(field, type));
            }
        }
        return new PojoTypeInfo(pojoClass, fields);
    }
}

package io.eddy.api.typeinfo;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeutils.EnumTypeInfo;
import io.eddy.api.typeutils.GenericTypeInfo;
import io.eddy.api.typeutils.ListTypeInfo;
import io.eddy.api.typeutils.MapTypeInfo;
import io.eddy.api.typeutils.ObjectArrayTypeInfo;
import io.eddy.api.typeutils.PojoTypeInfo;
import io.eddy.api.typeutils.RowTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.api.typeutils.ValueTypeInfo;
import io.eddy.api.types.Row;
import io.eddy.api.types.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Shortcuts to type information, as in Flink: {@code .returns(Types.TUPLE(Types.STRING, Types.INT))}. */
public final class Types {

    public static final TypeInformation<String> STRING = BasicTypeInfo.STRING_TYPE_INFO;
    public static final TypeInformation<Byte> BYTE = BasicTypeInfo.BYTE_TYPE_INFO;
    public static final TypeInformation<Boolean> BOOLEAN = BasicTypeInfo.BOOLEAN_TYPE_INFO;
    public static final TypeInformation<Short> SHORT = BasicTypeInfo.SHORT_TYPE_INFO;
    public static final TypeInformation<Integer> INT = BasicTypeInfo.INT_TYPE_INFO;
    public static final TypeInformation<Long> LONG = BasicTypeInfo.LONG_TYPE_INFO;
    public static final TypeInformation<Float> FLOAT = BasicTypeInfo.FLOAT_TYPE_INFO;
    public static final TypeInformation<Double> DOUBLE = BasicTypeInfo.DOUBLE_TYPE_INFO;
    public static final TypeInformation<Character> CHAR = BasicTypeInfo.CHAR_TYPE_INFO;
    public static final TypeInformation<BigDecimal> BIG_DEC = BasicTypeInfo.BIG_DEC_TYPE_INFO;
    public static final TypeInformation<BigInteger> BIG_INT = BasicTypeInfo.BIG_INT_TYPE_INFO;
    public static final TypeInformation<Date> SQL_DATE_OR_DATE = BasicTypeInfo.DATE_TYPE_INFO;

    private Types() {}

    /** A {@code TupleN} type with the given field types. */
    public static <T extends Tuple> TypeInformation<T> TUPLE(TypeInformation<?>... types) {
        return new TupleTypeInfo<>(types);
    }

    /** A tuple subclass whose field types are bound by its superclass, e.g. {@code class Point extends Tuple2<Integer, Integer>}. */
    public static <T extends Tuple> TypeInformation<T> TUPLE(Class<T> tupleSubclass) {
        TypeInformation<T> info = TypeExtractor.createTypeInfo(tupleSubclass);
        if (!(info instanceof TupleTypeInfo)) {
            throw new InvalidProgramException(tupleSubclass.getName() + " is not a tuple type");
        }
        return info;
    }

    /** A {@link Row} type with fields {@code f0..fN-1} of the given types; fields may be null. */
    public static TypeInformation<Row> ROW(TypeInformation<?>... types) {
        return new RowTypeInfo(types);
    }

    /** A {@link Row} type with named fields, e.g. {@code ROW_NAMED(new String[] {"id", "name"}, INT, STRING)}. */
    public static TypeInformation<Row> ROW_NAMED(String[] fieldNames, TypeInformation<?>... types) {
        return new RowTypeInfo(types, fieldNames);
    }

    /** A POJO type analysed by Flink's POJO rules; fails if the class is no POJO. */
    public static <T> TypeInformation<T> POJO(Class<T> pojoClass) {
        TypeInformation<T> info = TypeExtractor.createTypeInfo(pojoClass);
        if (!(info instanceof PojoTypeInfo)) {
            throw new InvalidProgramException(pojoClass.getName() + " is not a valid POJO type (it is " + info + "): a POJO is a "
                    + "public class with a public no-argument constructor whose fields are public or have getters and setters");
        }
        return info;
    }

    /** A type serialized by Kryo. */
    public static <T> TypeInformation<T> GENERIC(Class<T> genericClass) {
        return new GenericTypeInfo<>(genericClass);
    }

    /** An array of the element type (basic element types give the BasicArrayTypeInfo). */
    @SuppressWarnings("unchecked")
    public static <E> TypeInformation<E[]> OBJECT_ARRAY(TypeInformation<E> elementType) {
        if (elementType instanceof BasicTypeInfo) {
            BasicArrayTypeInfo<E[], E> basic = BasicArrayTypeInfo.getInfoFor(
                    (Class<E[]>) java.lang.reflect.Array.newInstance(elementType.getTypeClass(), 0).getClass());
            if (basic != null) {
                return basic;
            }
        }
        return ObjectArrayTypeInfo.getInfoFor(elementType);
    }

    /** An array of a primitive type, e.g. {@code PRIMITIVE_ARRAY(Types.INT)} for {@code int[]}. */
    public static TypeInformation<?> PRIMITIVE_ARRAY(TypeInformation<?> elementType) {
        Class<?> primitive = primitiveOf(elementType.getTypeClass());
        PrimitiveArrayTypeInfo<?> info = primitive == null ? null
                : PrimitiveArrayTypeInfo.getInfoFor(java.lang.reflect.Array.newInstance(primitive, 0).getClass());
        if (info == null) {
            throw new InvalidProgramException("No primitive array type for element type " + elementType);
        }
        return info;
    }

    private static Class<?> primitiveOf(Class<?> boxed) {
        for (Class<?> primitive : new Class<?>[] {int.class, long.class, double.class, float.class, boolean.class, short.class,
                byte.class, char.class}) {
            if (BasicTypeInfo.box(primitive) == boxed) {
                return primitive;
            }
        }
        return null;
    }

    /** An enum type. */
    public static <E extends Enum<E>> TypeInformation<E> ENUM(Class<E> enumType) {
        return new EnumTypeInfo<>(enumType);
    }

    /** A {@link Value} type. */
    public static <V extends Value> TypeInformation<V> VALUE(Class<V> valueType) {
        return new ValueTypeInfo<>(valueType);
    }

    /** A list type. */
    public static <E> TypeInformation<List<E>> LIST(TypeInformation<E> elementType) {
        return new ListTypeInfo<>(elementType);
    }

    /** A map type. */
    public static <K, V> TypeInformation<Map<K, V>> MAP(TypeInformation<K> keyType, TypeInformation<V> valueType) {
        return new MapTypeInfo<>(keyType, valueType);
    }
}

package io.eddy.api.typeinfo;

import io.eddy.api.ExecutionConfig;
import io.eddy.runtime.types.BooleanPrimitiveArraySerializer;
import io.eddy.runtime.types.BytePrimitiveArraySerializer;
import io.eddy.runtime.types.CharPrimitiveArraySerializer;
import io.eddy.runtime.types.DoublePrimitiveArraySerializer;
import io.eddy.runtime.types.FloatPrimitiveArraySerializer;
import io.eddy.runtime.types.IntPrimitiveArraySerializer;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.ShortPrimitiveArraySerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Type information for arrays of primitives ({@code int[]}, {@code byte[]}, ...). Arrays are not key
 * types in Eddy (Flink allows primitive-array keys; use a key selector returning a comparable value).
 */
public final class PrimitiveArrayTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, PrimitiveArrayTypeInfo<?>> TYPES = new LinkedHashMap<>();

    public static final PrimitiveArrayTypeInfo<boolean[]> BOOLEAN_PRIMITIVE_ARRAY_TYPE_INFO =
            register(boolean[].class, BooleanPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<byte[]> BYTE_PRIMITIVE_ARRAY_TYPE_INFO =
            register(byte[].class, BytePrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<short[]> SHORT_PRIMITIVE_ARRAY_TYPE_INFO =
            register(short[].class, ShortPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<int[]> INT_PRIMITIVE_ARRAY_TYPE_INFO =
            register(int[].class, IntPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<long[]> LONG_PRIMITIVE_ARRAY_TYPE_INFO =
            register(long[].class, LongPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<float[]> FLOAT_PRIMITIVE_ARRAY_TYPE_INFO =
            register(float[].class, FloatPrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<double[]> DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO =
            register(double[].class, DoublePrimitiveArraySerializer.INSTANCE);
    public static final PrimitiveArrayTypeInfo<char[]> CHAR_PRIMITIVE_ARRAY_TYPE_INFO =
            register(char[].class, CharPrimitiveArraySerializer.INSTANCE);

    private final Class<T> arrayClass;

    private final TypeSerializer<T> serializer;

    private PrimitiveArrayTypeInfo(Class<T> arrayClass, TypeSerializer<T> serializer) {
        this.arrayClass = arrayClass;
        this.serializer = serializer;
    }

    private static <T> PrimitiveArrayTypeInfo<T> register(Class<T> arrayClass, TypeSerializer<T> serializer) {
        PrimitiveArrayTypeInfo<T> info = new PrimitiveArrayTypeInfo<>(arrayClass, serializer);
        TYPES.put(arrayClass, info);
        return info;
    }

    /** The type information for a primitive array class, or null. */
    @SuppressWarnings("unchecked")
    public static <X> PrimitiveArrayTypeInfo<X> getInfoFor(Class<X> type) {
        return (PrimitiveArrayTypeInfo<X>) TYPES.get(type);
    }

    /** The type information of the array's component type. */
    public TypeInformation<?> getComponentType() {
        return BasicTypeInfo.getInfoFor(arrayClass.getComponentType());
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return arrayClass;
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return serializer;
    }

    @Override
    public String toString() {
        return arrayClass.getComponentType().getName() + "[]";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PrimitiveArrayTypeInfo && ((PrimitiveArrayTypeInfo<?>) obj).arrayClass == arrayClass;
    }

    @Override
    public int hashCode() {
        return arrayClass.hashCode();
    }

    private Object readResolve() {
        return TYPES.get(arrayClass);
    }
}

package io.eddy.api.typeinfo;

import io.eddy.api.ExecutionConfig;
import io.eddy.runtime.types.BigDecimalComparator;
import io.eddy.runtime.types.BigDecimalSerializer;
import io.eddy.runtime.types.BigIntegerComparator;
import io.eddy.runtime.types.BigIntegerSerializer;
import io.eddy.runtime.types.BooleanComparator;
import io.eddy.runtime.types.BooleanSerializer;
import io.eddy.runtime.types.ByteComparator;
import io.eddy.runtime.types.ByteSerializer;
import io.eddy.runtime.types.CharComparator;
import io.eddy.runtime.types.CharSerializer;
import io.eddy.runtime.types.DateComparator;
import io.eddy.runtime.types.DateSerializer;
import io.eddy.runtime.types.DoubleComparator;
import io.eddy.runtime.types.DoubleSerializer;
import io.eddy.runtime.types.FloatComparator;
import io.eddy.runtime.types.FloatSerializer;
import io.eddy.runtime.types.IntComparator;
import io.eddy.runtime.types.IntSerializer;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.ShortComparator;
import io.eddy.runtime.types.ShortSerializer;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.ObjectStreamException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Type information for the basic types: boxed primitives, String, Date, BigInteger and BigDecimal. */
public final class BasicTypeInfo<T> extends TypeInformation<T> implements AtomicType<T> {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, BasicTypeInfo<?>> TYPES = new LinkedHashMap<>();

    public static final BasicTypeInfo<String> STRING_TYPE_INFO = register(String.class, StringSerializer.INSTANCE);
    public static final BasicTypeInfo<Boolean> BOOLEAN_TYPE_INFO = register(Boolean.class, BooleanSerializer.INSTANCE);
    public static final BasicTypeInfo<Byte> BYTE_TYPE_INFO = register(Byte.class, ByteSerializer.INSTANCE);
    public static final BasicTypeInfo<Short> SHORT_TYPE_INFO = register(Short.class, ShortSerializer.INSTANCE);
    public static final BasicTypeInfo<Integer> INT_TYPE_INFO = register(Integer.class, IntSerializer.INSTANCE);
    public static final BasicTypeInfo<Long> LONG_TYPE_INFO = register(Long.class, LongSerializer.INSTANCE);
    public static final BasicTypeInfo<Float> FLOAT_TYPE_INFO = register(Float.class, FloatSerializer.INSTANCE);
    public static final BasicTypeInfo<Double> DOUBLE_TYPE_INFO = register(Double.class, DoubleSerializer.INSTANCE);
    public static final BasicTypeInfo<Character> CHAR_TYPE_INFO = register(Character.class, CharSerializer.INSTANCE);
    public static final BasicTypeInfo<Date> DATE_TYPE_INFO = register(Date.class, DateSerializer.INSTANCE);
    public static final BasicTypeInfo<BigInteger> BIG_INT_TYPE_INFO = register(BigInteger.class, BigIntegerSerializer.INSTANCE);
    public static final BasicTypeInfo<BigDecimal> BIG_DEC_TYPE_INFO = register(BigDecimal.class, BigDecimalSerializer.INSTANCE);

    private final Class<T> clazz;

    private final TypeSerializer<T> serializer;

    private BasicTypeInfo(Class<T> clazz, TypeSerializer<T> serializer) {
        this.clazz = clazz;
        this.serializer = serializer;
    }

    private static <T> BasicTypeInfo<T> register(Class<T> clazz, TypeSerializer<T> serializer) {
        BasicTypeInfo<T> info = new BasicTypeInfo<>(clazz, serializer);
        TYPES.put(clazz, info);
        return info;
    }

    /** The basic type information for a class (primitives map to their boxes), or null. */
    @SuppressWarnings("unchecked")
    public static <X> BasicTypeInfo<X> getInfoFor(Class<X> type) {
        Class<?> boxed = type.isPrimitive() ? box(type) : type;
        return (BasicTypeInfo<X>) TYPES.get(boxed);
    }

    /** The box class of a primitive class; other classes are returned unchanged. */
    public static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        } else if (type == char.class) {
            return Character.class;
        }
        return Void.class;
    }

    @Override
    public boolean isBasicType() {
        return true;
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
        return clazz;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return serializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeComparator<T> createComparator(boolean ascending, ExecutionConfig executionConfig) {
        TypeComparator<?> comparator;
        if (clazz == String.class) {
            comparator = new StringComparator(ascending);
        } else if (clazz == Integer.class) {
            comparator = new IntComparator(ascending);
        } else if (clazz == Long.class) {
            comparator = new LongComparator(ascending);
        } else if (clazz == Double.class) {
            comparator = new DoubleComparator(ascending);
        } else if (clazz == Float.class) {
            comparator = new FloatComparator(ascending);
        } else if (clazz == Boolean.class) {
            comparator = new BooleanComparator(ascending);
        } else if (clazz == Short.class) {
            comparator = new ShortComparator(ascending);
        } else if (clazz == Byte.class) {
            comparator = new ByteComparator(ascending);
        } else if (clazz == Character.class) {
            comparator = new CharComparator(ascending);
        } else if (clazz == Date.class) {
            comparator = new DateComparator(ascending);
        } else if (clazz == BigInteger.class) {
            comparator = new BigIntegerComparator(ascending);
        } else {
            comparator = new BigDecimalComparator(ascending);
        }
        return (TypeComparator<T>) comparator;
    }

    @Override
    public String toString() {
        return clazz.getSimpleName();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BasicTypeInfo && ((BasicTypeInfo<?>) obj).clazz == clazz;
    }

    @Override
    public int hashCode() {
        return clazz.hashCode();
    }

    private Object readResolve() throws ObjectStreamException {
        return TYPES.get(clazz);
    }
}

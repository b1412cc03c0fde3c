package io.eddy.api.typeinfo;

import io.eddy.api.ExecutionConfig;
import io.eddy.runtime.types.GenericArraySerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Type information for arrays of basic types ({@code String[]}, {@code Integer[]}, ...); not a key type. */
public final class BasicArrayTypeInfo<T, C> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, BasicArrayTypeInfo<?, ?>> TYPES = new LinkedHashMap<>();

    public static final BasicArrayTypeInfo<String[], String> STRING_ARRAY_TYPE_INFO = register(String[].class, BasicTypeInfo.STRING_TYPE_INFO);
    public static final BasicArrayTypeInfo<Boolean[], Boolean> BOOLEAN_ARRAY_TYPE_INFO = register(Boolean[].class, BasicTypeInfo.BOOLEAN_TYPE_INFO);
    public static final BasicArrayTypeInfo<Byte[], Byte> BYTE_ARRAY_TYPE_INFO = register(Byte[].class, BasicTypeInfo.BYTE_TYPE_INFO);
    public static final BasicArrayTypeInfo<Short[], Short> SHORT_ARRAY_TYPE_INFO = register(Short[].class, BasicTypeInfo.SHORT_TYPE_INFO);
    public static final BasicArrayTypeInfo<Integer[], Integer> INT_ARRAY_TYPE_INFO = register(Integer[].class, BasicTypeInfo.INT_TYPE_INFO);
    public static final BasicArrayTypeInfo<Long[], Long> LONG_ARRAY_TYPE_INFO = register(Long[].class, BasicTypeInfo.LONG_TYPE_INFO);
    public static final BasicArrayTypeInfo<Float[], Float> FLOAT_ARRAY_TYPE_INFO = register(Float[].class, BasicTypeInfo.FLOAT_TYPE_INFO);
    public static final BasicArrayTypeInfo<Double[], Double> DOUBLE_ARRAY_TYPE_INFO = register(Double[].class, BasicTypeInfo.DOUBLE_TYPE_INFO);
    public static final BasicArrayTypeInfo<Character[], Character> CHAR_ARRAY_TYPE_INFO = register(Character[].class, BasicTypeInfo.CHAR_TYPE_INFO);

    private final Class<T> arrayClass;

    private final TypeInformation<C> componentInfo;

    private BasicArrayTypeInfo(Class<T> arrayClass, TypeInformation<C> componentInfo) {
        this.arrayClass = arrayClass;
        this.componentInfo = componentInfo;
    }

    private static <T, C> BasicArrayTypeInfo<T, C> register(Class<T> arrayClass, TypeInformation<C> component) {
        BasicArrayTypeInfo<T, C> info = new BasicArrayTypeInfo<>(arrayClass, component);
        TYPES.put(arrayClass, info);
        return info;
    }

    /** The type information for an array of a basic type, or null. */
    @SuppressWarnings("unchecked")
    public static <X, C> BasicArrayTypeInfo<X, C> getInfoFor(Class<X> type) {
        return (BasicArrayTypeInfo<X, C>) TYPES.get(type);
    }

    public Class<C> getComponentTypeClass() {
        return componentInfo.getTypeClass();
    }

    public TypeInformation<C> getComponentInfo() {
        return componentInfo;
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
    @SuppressWarnings("unchecked")
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return (TypeSerializer<T>) new GenericArraySerializer<>(componentInfo.getTypeClass(), componentInfo.createSerializer(config));
    }

    @Override
    public String toString() {
        return "BasicArrayTypeInfo<" + componentInfo + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BasicArrayTypeInfo && ((BasicArrayTypeInfo<?, ?>) obj).arrayClass == arrayClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrayClass, Array.class);
    }

    private Object readResolve() {
        return TYPES.get(arrayClass);
    }
}

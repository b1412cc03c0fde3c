package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.GenericArraySerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.lang.reflect.Array;

/** Type information for arrays of non-basic objects ({@code Tuple2<..>[]}, {@code MyPojo[]}); not a key type. */
public final class ObjectArrayTypeInfo<T, C> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> arrayType;

    private final TypeInformation<C> componentInfo;

    private ObjectArrayTypeInfo(Class<T> arrayType, TypeInformation<C> componentInfo) {
        this.arrayType = arrayType;
        this.componentInfo = componentInfo;
    }

    /** The array type whose elements are described by {@code componentInfo}. */
    @SuppressWarnings("unchecked")
    public static <T, C> ObjectArrayTypeInfo<T, C> getInfoFor(TypeInformation<C> componentInfo) {
        Class<T> arrayClass = (Class<T>) Array.newInstance(componentInfo.getTypeClass(), 0).getClass();
        return new ObjectArrayTypeInfo<>(arrayClass, componentInfo);
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
        return arrayType;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return (TypeSerializer<T>) new GenericArraySerializer<>(componentInfo.getTypeClass(), componentInfo.createSerializer(config));
    }

    @Override
    public String toString() {
        return "ObjectArrayTypeInfo<" + componentInfo + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ObjectArrayTypeInfo && ((ObjectArrayTypeInfo<?, ?>) obj).componentInfo.equals(componentInfo);
    }

    @Override
    public int hashCode() {
        return 31 * componentInfo.hashCode() + 7;
    }
}

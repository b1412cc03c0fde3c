package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeSerializer;
import java.util.List;

/** Type information for {@link List}s of one element type; deserialized as {@code ArrayList}; not a key type. */
public final class ListTypeInfo<T> extends TypeInformation<List<T>> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<T> elementTypeInfo;

    public ListTypeInfo(TypeInformation<T> elementTypeInfo) {
        this.elementTypeInfo = java.util.Objects.requireNonNull(elementTypeInfo, "elementTypeInfo");
    }

    public ListTypeInfo(Class<T> elementTypeClass) {
        this(TypeExtractor.createTypeInfo(elementTypeClass));
    }

    public TypeInformation<T> getElementTypeInfo() {
        return elementTypeInfo;
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
        return 0;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<List<T>> getTypeClass() {
        return (Class<List<T>>) (Class<?>) List.class;
    }

    @Override
    public TypeSerializer<List<T>> createSerializer(ExecutionConfig config) {
        return new ListSerializer<>(elementTypeInfo.createSerializer(config));
    }

    @Override
    public String toString() {
        return "List<" + elementTypeInfo + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ListTypeInfo && ((ListTypeInfo<?>) obj).elementTypeInfo.equals(elementTypeInfo);
    }

    @Override
    public int hashCode() {
        return 31 * elementTypeInfo.hashCode() + 1;
    }
}

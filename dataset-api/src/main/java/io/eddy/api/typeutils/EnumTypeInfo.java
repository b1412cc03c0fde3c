package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.AtomicType;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.EnumComparator;
import io.eddy.runtime.types.EnumSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/** Type information for enums: serialized by ordinal, ordered by ordinal, a key type. */
public final class EnumTypeInfo<T extends Enum<T>> extends TypeInformation<T> implements AtomicType<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> typeClass;

    public EnumTypeInfo(Class<T> typeClass) {
        if (!typeClass.isEnum()) {
            throw new IllegalArgumentException(typeClass.getName() + " is not an enum");
        }
        this.typeClass = typeClass;
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
        return typeClass;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return new EnumSerializer<>(typeClass);
    }

    @Override
    public TypeComparator<T> createComparator(boolean sortOrderAscending, ExecutionConfig executionConfig) {
        return new EnumComparator<>(sortOrderAscending);
    }

    @Override
    public String toString() {
        return "EnumTypeInfo<" + typeClass.getName() + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnumTypeInfo && ((EnumTypeInfo<?>) obj).typeClass == typeClass;
    }

    @Override
    public int hashCode() {
        return typeClass.hashCode();
    }
}

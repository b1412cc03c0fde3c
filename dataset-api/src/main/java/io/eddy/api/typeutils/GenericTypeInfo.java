package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.typeinfo.AtomicType;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.GenericTypeComparator;
import io.eddy.runtime.types.KryoSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/**
 * Type information for classes Eddy cannot analyse (no POJO, interfaces, raw generic classes): they
 * are serialized by Kryo with the config's registrations, and are key types only if
 * {@link Comparable}. {@link ExecutionConfig#disableGenericTypes()} turns their use into an error.
 */
public final class GenericTypeInfo<T> extends TypeInformation<T> implements AtomicType<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> typeClass;

    public GenericTypeInfo(Class<T> typeClass) {
        this.typeClass = java.util.Objects.requireNonNull(typeClass, "typeClass");
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
        return Comparable.class.isAssignableFrom(typeClass);
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        if (config != null && config.hasGenericTypesDisabled()) {
            throw new UnsupportedOperationException("Generic types have been disabled in the ExecutionConfig and type "
                    + typeClass.getName() + " is treated as a generic type (serialized with Kryo). Make it a POJO or "
                    + "record, or enable generic types.");
        }
        return new KryoSerializer<>(typeClass, KryoConfigs.registrations(config));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TypeComparator<T> createComparator(boolean sortOrderAscending, ExecutionConfig executionConfig) {
        if (!isKeyType()) {
            throw new InvalidProgramException("The generic type " + typeClass.getName()
                    + " cannot be used as a key because it does not implement Comparable");
        }
        return new GenericTypeComparator(sortOrderAscending, createSerializer(executionConfig));
    }

    @Override
    public String toString() {
        return "GenericType<" + typeClass.getCanonicalName() + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GenericTypeInfo && ((GenericTypeInfo<?>) obj).typeClass == typeClass;
    }

    @Override
    public int hashCode() {
        return typeClass.hashCode();
    }
}

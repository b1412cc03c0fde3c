package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.KryoSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Arrays;

/**
 * Type information for Java records: the components, in declaration order, are the fields (named
 * like the components, usable in key expressions); values may be null except for primitive
 * components. Records are rebuilt through their canonical constructor.
 */
public final class RecordTypeInfo<T extends Record> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final String[] fieldNames;

    private final TypeInformation<?>[] fieldTypes;

    public RecordTypeInfo(Class<T> recordClass, String[] fieldNames, TypeInformation<?>[] fieldTypes) {
        super(recordClass);
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        if (fieldNames.length != fieldTypes.length) {
            throw new IllegalArgumentException("One type per record component is required");
        }
        this.fieldNames = fieldNames.clone();
        this.fieldTypes = fieldTypes.clone();
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
    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    @Override
    public int getFieldIndex(String fieldName) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i].equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        return (TypeInformation<X>) fieldTypes[pos];
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        if (config != null && config.isForceKryoEnabled()) {
            return new KryoSerializer<>(typeClass, KryoConfigs.registrations(config));
        }
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[fieldTypes.length];
        for (int i = 0; i < fieldTypes.length; i++) {
            serializers[i] = fieldTypes[i].createSerializer(config);
        }
        return new RecordSerializer<>(typeClass, serializers);
    }

    @Override
    protected TypeComparator<T> createComparator(int[] keyFieldIndices, TypeComparator<?>[] fieldComparators,
            ExecutionConfig config) {
        String[] names = new String[keyFieldIndices.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = fieldNames[keyFieldIndices[i]];
        }
        return new RecordComparator<>(typeClass, names, fieldComparators, createSerializer(config));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Record<").append(typeClass.getName()).append(", components = [");
        for (int i = 0; i < fieldNames.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fieldNames[i]).append(": ").append(fieldTypes[i]);
        }
        return sb.append("]>").toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RecordTypeInfo)) {
            return false;
        }
        RecordTypeInfo<?> other = (RecordTypeInfo<?>) obj;
        return typeClass == other.typeClass && Arrays.equals(fieldNames, other.fieldNames)
                && Arrays.equals(fieldTypes, other.fieldTypes);
    }

    @Override
    public int hashCode() {
        return 31 * typeClass.hashCode() + Arrays.hashCode(fieldTypes);
    }
}

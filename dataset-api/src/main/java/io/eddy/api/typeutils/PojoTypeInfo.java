package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.KryoSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Type information for POJOs (Flink's rules: a public class with a public no-argument constructor
 * whose non-static, non-transient fields are public or have a getter and setter). Fields are ordered
 * by name; they may be null. With {@link ExecutionConfig#isForceKryoEnabled()} the whole POJO is
 * serialized by Kryo.
 */
public final class PojoTypeInfo<T> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final PojoField[] fields;

    public PojoTypeInfo(Class<T> typeClass, List<PojoField> fields) {
        super(typeClass);
        List<PojoField> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing(f -> f.getField().getName()));
        this.fields = sorted.toArray(new PojoField[0]);
    }

    /** The field at {@code pos} (fields are ordered by name). */
    public PojoField getPojoFieldAt(int pos) {
        return fields[pos];
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
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].getField().getName();
        }
        return names;
    }

    @Override
    public int getFieldIndex(String fieldName) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getField().getName().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        return (TypeInformation<X>) fields[pos].getTypeInformation();
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        if (config != null && config.isForceKryoEnabled()) {
            return new KryoSerializer<>(typeClass, KryoConfigs.registrations(config));
        }
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[fields.length];
        String[] names = getFieldNames();
        for (int i = 0; i < fields.length; i++) {
            serializers[i] = fields[i].getTypeInformation().createSerializer(config);
        }
        return new PojoSerializer<>(typeClass, names, serializers, KryoConfigs.registrations(config));
    }

    @Override
    protected TypeComparator<T> createComparator(int[] keyFieldIndices, TypeComparator<?>[] fieldComparators,
            ExecutionConfig config) {
        String[] names = new String[keyFieldIndices.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = fields[keyFieldIndices[i]].getField().getName();
        }
        return new PojoComparator<>(typeClass, names, fieldComparators, createSerializer(config));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PojoType<").append(typeClass.getName()).append(", fields = [");
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]);
        }
        return sb.append("]>").toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PojoTypeInfo && ((PojoTypeInfo<?>) obj).typeClass == typeClass
                && java.util.Arrays.equals(((PojoTypeInfo<?>) obj).fields, fields);
    }

    @Override
    public int hashCode() {
        return 31 * typeClass.hashCode() + java.util.Arrays.hashCode(fields);
    }
}

package io.eddy.api.typeutils;

import io.eddy.runtime.types.CompositeComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.lang.reflect.Field;

/** Compares POJOs on a list of their fields; null key fields are rejected (see {@link CompositeComparator}). */
public final class PojoComparator<T> extends CompositeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> clazz;

    private final String[] keyFieldNames;

    private transient Field[] keyFields;

    public PojoComparator(Class<T> clazz, String[] keyFieldNames, TypeComparator<?>[] fieldComparators,
            TypeSerializer<T> serializer) {
        super(fieldComparators, serializer);
        this.clazz = clazz;
        this.keyFieldNames = keyFieldNames.clone();
    }

    @Override
    protected Object getKeyField(T record, int keyIndex) {
        if (keyFields == null) {
            Field[] resolved = new Field[keyFieldNames.length];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = Reflection.findField(clazz, keyFieldNames[i]);
            }
            keyFields = resolved;
        }
        return Reflection.read(keyFields[keyIndex], record);
    }

    @Override
    protected String describeKeyField(int keyIndex) {
        return clazz.getSimpleName() + "." + keyFieldNames[keyIndex];
    }

    @Override
    public PojoComparator<T> duplicate() {
        return new PojoComparator<>(clazz, keyFieldNames, duplicateFieldComparators(), duplicateSerializer());
    }
}

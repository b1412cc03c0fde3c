package io.eddy.api.typeutils;

import io.eddy.runtime.types.CompositeComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.lang.reflect.Method;

/** Compares Java records on a list of their components (see {@link CompositeComparator}). */
public final class RecordComparator<T extends Record> extends CompositeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> recordClass;

    private final String[] keyComponents;

    private transient Method[] accessors;

    public RecordComparator(Class<T> recordClass, String[] keyComponents, TypeComparator<?>[] fieldComparators,
            TypeSerializer<T> serializer) {
        super(fieldComparators, serializer);
        this.recordClass = recordClass;
        this.keyComponents = keyComponents.clone();
    }

    @Override
    protected Object getKeyField(T record, int keyIndex) {
        if (accessors == null) {
            Method[] resolved = new Method[keyComponents.length];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = Reflection.recordAccessor(recordClass, keyComponents[i]);
            }
            accessors = resolved;
        }
        return Reflection.invoke(accessors[keyIndex], record);
    }

    @Override
    protected String describeKeyField(int keyIndex) {
        return recordClass.getSimpleName() + "." + keyComponents[keyIndex];
    }

    @Override
    public RecordComparator<T> duplicate() {
        return new RecordComparator<>(recordClass, keyComponents, duplicateFieldComparators(), duplicateSerializer());
    }
}

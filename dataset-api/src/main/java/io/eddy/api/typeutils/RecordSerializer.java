package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Serializes Java records: a null flag for the record, then per component a null flag and the value.
 * Deserialization calls the canonical constructor, so the record's validation runs as usual. Records
 * are immutable, so {@code reuse} arguments are ignored.
 */
public final class RecordSerializer<T extends Record> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> recordClass;

    private final TypeSerializer<Object>[] componentSerializers;

    private final boolean immutable;

    private transient Method[] accessors;
    private transient Constructor<T> constructor;
    private transient Object[] arguments;

    @SuppressWarnings("unchecked")
    public RecordSerializer(Class<T> recordClass, TypeSerializer<?>[] componentSerializers) {
        this.recordClass = recordClass;
        this.componentSerializers = (TypeSerializer<Object>[]) componentSerializers.clone();
        boolean allImmutable = true;
        for (TypeSerializer<?> serializer : componentSerializers) {
            allImmutable &= serializer.isImmutableType();
        }
        this.immutable = allImmutable;
    }

    private void init() {
        if (accessors == null) {
            RecordComponent[] components = recordClass.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                constructor = recordClass.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Record " + recordClass.getName() + " has no canonical constructor", e);
            }
            arguments = new Object[components.length];
            accessors = Reflection.recordAccessors(recordClass);
        }
    }

    private T construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The canonical constructor of " + recordClass.getName()
                    + " rejected deserialized values: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the canonical constructor of " + recordClass.getName(), e);
        }
    }

    @Override
    public boolean isImmutableType() {
        return immutable;
    }

    @Override
    public RecordSerializer<T> duplicate() {
        TypeSerializer<?>[] duplicates = new TypeSerializer<?>[componentSerializers.length];
        for (int i = 0; i < duplicates.length; i++) {
            duplicates[i] = componentSerializers[i].duplicate();
        }
        return new RecordSerializer<>(recordClass, duplicates);
    }

    /** A record with default component values (0, false, null, or the serializer's default instance). */
    @Override
    public T createInstance() {
        init();
        Object[] args = new Object[componentSerializers.length];
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i].isPrimitive() ? componentSerializers[i].createInstance() : null;
        }
        return construct(args);
    }

    @Override
    public T copy(T from) {
        if (from == null || immutable) {
            return from;
        }
        init();
        Object[] args = new Object[componentSerializers.length];
        for (int i = 0; i < args.length; i++) {
            Object value = Reflection.invoke(accessors[i], from);
            args[i] = value == null ? null : componentSerializers[i].copy(value);
        }
        return construct(args);
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeBoolean(false);
            return;
        }
        init();
        target.writeBoolean(true);
        for (int i = 0; i < accessors.length; i++) {
            Object value = Reflection.invoke(accessors[i], record);
            if (value == null) {
                target.writeBoolean(false);
            } else {
                target.writeBoolean(true);
                componentSerializers[i].serialize(value, target);
            }
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        if (!source.readBoolean()) {
            return null;
        }
        init();
        Object[] args = arguments;
        for (int i = 0; i < args.length; i++) {
            args[i] = source.readBoolean() ? componentSerializers[i].deserialize(source) : null;
        }
        T result = construct(args);
        Arrays.fill(args, null);
        return result;
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        boolean present = source.readBoolean();
        target.writeBoolean(present);
        if (!present) {
            return;
        }
        for (TypeSerializer<Object> serializer : componentSerializers) {
            boolean componentPresent = source.readBoolean();
            target.writeBoolean(componentPresent);
            if (componentPresent) {
                serializer.copy(source, target);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordSerializer && ((RecordSerializer<?>) obj).recordClass == recordClass
                && Arrays.equals(((RecordSerializer<?>) obj).componentSerializers, componentSerializers);
    }

    @Override
    public int hashCode() {
        return 31 * recordClass.hashCode() + Arrays.hashCode(componentSerializers);
    }

    @Override
    public String toString() {
        return "RecordSerializer(" + recordClass.getName() + ")";
    }
}

package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.KryoRegistrations;
import io.eddy.runtime.types.KryoSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Serializes POJOs field by field. Each record starts with a flag byte: {@code 0} an instance of
 * exactly the POJO class (then per field a null flag and the value), {@code 1} null, {@code 2} an
 * instance of a subclass (then its class name and the whole object by Kryo, since the subclass may
 * add fields this serializer does not know).
 */
public final class PojoSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private static final byte EXACT = 0;
    private static final byte NULL = 1;
    private static final byte SUBCLASS = 2;

    private final Class<T> clazz;
    private final String[] fieldNames;
    private final TypeSerializer<Object>[] fieldSerializers;
    private final KryoRegistrations registrations;

    private transient Field[] fields;
    private transient Constructor<T> constructor;
    private transient Map<Class<?>, KryoSerializer<Object>> subclassSerializers;

    @SuppressWarnings("unchecked")
    public PojoSerializer(Class<T> clazz, String[] fieldNames, TypeSerializer<?>[] fieldSerializers,
            KryoRegistrations registrations) {
        this.clazz = clazz;
        this.fieldNames = fieldNames.clone();
        this.fieldSerializers = (TypeSerializer<Object>[]) fieldSerializers.clone();
        this.registrations = registrations;
    }

    private Field[] fields() {
        if (fields == null) {
            Field[] resolved = new Field[fieldNames.length];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = Reflection.findField(clazz, fieldNames[i]);
            }
            fields = resolved;
        }
        return fields;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public PojoSerializer<T> duplicate() {
        TypeSerializer<?>[] duplicates = new TypeSerializer<?>[fieldSerializers.length];
        for (int i = 0; i < duplicates.length; i++) {
            duplicates[i] = fieldSerializers[i].duplicate();
        }
        return new PojoSerializer<>(clazz, fieldNames, duplicates, registrations);
    }

    @Override
    public T createInstance() {
        try {
            if (constructor == null) {
                constructor = clazz.getDeclaredConstructor();
                constructor.setAccessible(true);
            }
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate POJO " + clazz.getName()
                    + "; it needs a public no-argument constructor", e);
        }
    }

    @SuppressWarnings("unchecked")
    private KryoSerializer<Object> subclassSerializer(Class<?> subclass) {
        if (subclassSerializers == null) {
            subclassSerializers = new HashMap<>();
        }
        return subclassSerializers.computeIfAbsent(subclass, c -> new KryoSerializer<>((Class<Object>) c, registrations));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T copy(T from) {
        if (from == null) {
            return null;
        }
        if (from.getClass() != clazz) {
            return (T) subclassSerializer(from.getClass()).copy(from);
        }
        return copy(from, createInstance());
    }

    @Override
    public T copy(T from, T reuse) {
        if (from == null) {
            return null;
        }
        if (from.getClass() != clazz || reuse == null || reuse.getClass() != clazz) {
            return from.getClass() != clazz ? copy(from) : copy(from, createInstance());
        }
        Field[] f = fields();
        for (int i = 0; i < f.length; i++) {
            Object value = Reflection.read(f[i], from);
            Reflection.write(f[i], reuse, value == null ? null : fieldSerializers[i].copy(value));
        }
        return reuse;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeByte(NULL);
            return;
        }
        if (record.getClass() != clazz) {
            target.writeByte(SUBCLASS);
            target.writeUTF(record.getClass().getName());
            subclassSerializer(record.getClass()).serialize(record, target);
            return;
        }
        target.writeByte(EXACT);
        Field[] f = fields();
        for (int i = 0; i < f.length; i++) {
            Object value = Reflection.read(f[i], record);
            if (value == null) {
                target.writeBoolean(false);
            } else {
                target.writeBoolean(true);
                fieldSerializers[i].serialize(value, target);
            }
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return deserialize(null, source);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(T reuse, DataInputView source) throws IOException {
        byte flag = source.readByte();
        if (flag == NULL) {
            return null;
        }
        if (flag == SUBCLASS) {
            String className = source.readUTF();
            Class<?> subclass;
            try {
                subclass = Class.forName(className, true, clazz.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("Cannot load POJO subclass " + className, e);
            }
            return (T) subclassSerializer(subclass).deserialize(source);
        }
        T target = reuse != null && reuse.getClass() == clazz ? reuse : createInstance();
        Field[] f = fields();
        for (int i = 0; i < f.length; i++) {
            if (source.readBoolean()) {
                Object old = Reflection.read(f[i], target);
                Reflection.write(f[i], target, old == null ? fieldSerializers[i].deserialize(source)
                        : fieldSerializers[i].deserialize(old, source));
            } else {
                Reflection.write(f[i], target, null);
            }
        }
        return target;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        byte flag = source.readByte();
        target.writeByte(flag);
        if (flag == NULL) {
            return;
        }
        if (flag == SUBCLASS) {
            target.writeUTF(source.readUTF());
            int length = source.readInt();
            target.writeInt(length);
            target.write(source, length);
            return;
        }
        for (TypeSerializer<Object> serializer : fieldSerializers) {
            boolean present = source.readBoolean();
            target.writeBoolean(present);
            if (present) {
                serializer.copy(source, target);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PojoSerializer)) {
            return false;
        }
        PojoSerializer<?> other = (PojoSerializer<?>) obj;
        return clazz == other.clazz && Arrays.equals(fieldNames, other.fieldNames)
                && Arrays.equals(fieldSerializers, other.fieldSerializers) && registrations.equals(other.registrations);
    }

    @Override
    public int hashCode() {
        return 31 * clazz.hashCode() + Arrays.hashCode(fieldSerializers);
    }

    @Override
    public String toString() {
        return "PojoSerializer(" + clazz.getName() + ", " + Arrays.toString(fieldNames) + ")";
    }
}

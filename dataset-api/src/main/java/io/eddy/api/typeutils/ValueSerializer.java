package io.eddy.api.typeutils;

import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;

/**
 * Serializes {@link Value}s with their own {@code write}/{@code read}, behind a 4-byte length so that
 * records can be copied without knowing the value's format. Copies use {@link CopyableValue} when
 * available, else a serialization round trip.
 */
public final class ValueSerializer<T extends Value> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    private transient Constructor<T> constructor;
    private transient DataOutputSerializer buffer;
    private transient DataInputDeserializer input;

    public ValueSerializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ValueSerializer<T> duplicate() {
        return new ValueSerializer<>(type);
    }

    @Override
    public T createInstance() {
        try {
            if (constructor == null) {
                constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
            }
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Value type " + type.getName() + " needs a no-argument constructor", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T copy(T from) {
        if (from instanceof CopyableValue) {
            return (T) ((CopyableValue<T>) from).copy();
        }
        return copy(from, createInstance());
    }

    @Override
    @SuppressWarnings("unchecked")
    public T copy(T from, T reuse) {
        if (reuse == null) {
            return copy(from);
        }
        if (from instanceof CopyableValue) {
            ((CopyableValue<T>) from).copyTo(reuse);
            return reuse;
        }
        try {
            DataOutputSerializer out = buffer();
            out.clear();
            from.write(out);
            if (input == null) {
                input = new DataInputDeserializer();
            }
            input.setBuffer(out.getSharedBuffer(), 0, out.length());
            reuse.read(input);
            return reuse;
        } catch (IOException e) {
            throw new UncheckedIOException("Copying a " + type.getName() + " failed", e);
        }
    }

    private DataOutputSerializer buffer() {
        if (buffer == null) {
            buffer = new DataOutputSerializer(64);
        }
        return buffer;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        DataOutputSerializer out = buffer();
        out.clear();
        record.write(out);
        target.writeInt(out.length());
        target.write(out.getSharedBuffer(), 0, out.length());
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return deserialize(createInstance(), source);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        T target = reuse == null ? createInstance() : reuse;
        source.readInt();
        target.read(source);
        return target;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ValueSerializer && ((ValueSerializer<?>) obj).type == type;
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "ValueSerializer(" + type.getName() + ")";
    }
}

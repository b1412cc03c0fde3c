package io.eddy.api.typeutils;

import io.eddy.api.types.BooleanValue;
import io.eddy.api.types.ByteValue;
import io.eddy.api.types.CharValue;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.FloatValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.ShortValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serializes {@link Value}s with their own {@code write}/{@code read}, behind a 4-byte length so that
 * records can be copied without knowing the value's format. The built-in values of one length
 * ({@link LongValue}, {@link DoubleValue}, {@link NullValue} and the other primitives' values) are
 * written without it: their serializer has that fixed length, as Flink's dedicated ones do, so a
 * {@code Tuple2<LongValue, DoubleValue>} is 16 bytes in a hash table, a sort buffer or a network
 * buffer, not 24, and is neither staged in a buffer nor created by reflection. Copies use
 * {@link CopyableValue} when available, else a serialization round trip.
 */
public final class ValueSerializer<T extends Value> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** The serialized length and a constructor of each built-in value type of fixed length (exact classes). */
    private static final Map<Class<?>, Fixed> FIXED = Map.of(
            LongValue.class, new Fixed(8, LongValue::new), IntValue.class, new Fixed(4, IntValue::new),
            DoubleValue.class, new Fixed(8, DoubleValue::new), FloatValue.class, new Fixed(4, FloatValue::new),
            ShortValue.class, new Fixed(2, ShortValue::new), ByteValue.class, new Fixed(1, ByteValue::new),
            CharValue.class, new Fixed(2, CharValue::new), BooleanValue.class, new Fixed(1, BooleanValue::new),
            NullValue.class, new Fixed(1, NullValue::new));

    private record Fixed(int length, Supplier<Value> constructor) {}

    private final Class<T> type;
    /** The serialized length of a built-in fixed-length type (written without its length), else -1. */
    private final int length;

    private transient Supplier<Value> fixedConstructor;
    private transient Constructor<T> constructor;
    private transient DataOutputSerializer buffer;
    private transient DataInputDeserializer input;

    public ValueSerializer(Class<T> type) {
        this.type = type;
        Fixed fixed = FIXED.get(type);
        this.length = fixed == null ? -1 : fixed.length();
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
    @SuppressWarnings("unchecked")
    public T createInstance() {
        if (length >= 0) {
            if (fixedConstructor == null) {
                fixedConstructor = FIXED.get(type).constructor();
            }
            return (T) fixedConstructor.get();
        }
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
        return length;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        if (length >= 0) {
            record.write(target);
            return;
        }
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
        if (length < 0) {
            source.readInt();
        }
        target.read(source);
        return target;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        if (length >= 0) {
            target.write(source, length);
            return;
        }
        int bytes = source.readInt();
        target.writeInt(bytes);
        target.write(source, bytes);
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

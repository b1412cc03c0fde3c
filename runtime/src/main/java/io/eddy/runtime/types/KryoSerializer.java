package io.eddy.runtime.types;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.util.Objects;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The fallback serializer for classes without a specialized one, built on Kryo 5.
 *
 * <p>Each record is written as a 4-byte length followed by Kryo's class-and-object bytes, so that
 * records can be skipped and copied without Kryo, and subclasses and null survive the round trip.
 * Kryo instances are not thread-safe and carry reference tables, hence one lazily created instance
 * per serializer and {@link #duplicate()} returning a fresh serializer.
 */
public final class KryoSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private static final int INITIAL_BUFFER = 256;

    private final Class<T> type;

    private final KryoRegistrations registrations;

    private transient Kryo kryo;
    private transient Output output;
    private transient Input input;
    private transient byte[] readBuffer;

    public KryoSerializer(Class<T> type, KryoRegistrations registrations) {
        this.type = Objects.requireNonNull(type, "type");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
    }

    public KryoSerializer(Class<T> type) {
        this(type, KryoRegistrations.NONE);
    }

    public Class<T> getType() {
        return type;
    }

    public KryoRegistrations getRegistrations() {
        return registrations;
    }

    private Kryo kryo() {
        if (kryo == null) {
            Kryo k = new Kryo();
            k.setRegistrationRequired(false);
            k.setReferences(true);
            // Classes without a no-argument constructor (common in user code) are created by Objenesis.
            k.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
            ClassLoader loader = type.getClassLoader();
            if (loader != null) {
                k.setClassLoader(loader);
            }
            registrations.applyTo(k);
            kryo = k;
            output = new Output(INITIAL_BUFFER, -1);
            input = new Input();
            readBuffer = new byte[INITIAL_BUFFER];
        }
        return kryo;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public KryoSerializer<T> duplicate() {
        return new KryoSerializer<>(type, registrations);
    }

    @Override
    public T createInstance() {
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        try {
            return kryo().newInstance(type);
        } catch (KryoException e) {
            return null;
        }
    }

    @Override
    public T copy(T from) {
        if (from == null) {
            return null;
        }
        try {
            return kryo().copy(from);
        } catch (KryoException e) {
            // Some Kryo serializers do not implement copy; a serialization round trip always works.
            output.reset();
            kryo.writeClassAndObject(output, from);
            return readObject(output.getBuffer(), output.position());
        }
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
        Output out = output();
        out.reset();
        try {
            kryo.writeClassAndObject(out, record);
        } catch (KryoException e) {
            throw new IOException("Kryo could not serialize a " + (record == null ? "null" : record.getClass().getName())
                    + " (declared type " + type.getName() + ")", e);
        }
        target.writeInt(out.position());
        target.write(out.getBuffer(), 0, out.position());
    }

    private Output output() {
        kryo();
        return output;
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        kryo();
        int length = source.readInt();
        if (readBuffer.length < length) {
            readBuffer = new byte[Math.max(length, readBuffer.length * 2)];
        }
        source.readFully(readBuffer, 0, length);
        try {
            return readObject(readBuffer, length);
        } catch (KryoException e) {
            throw new IOException("Kryo could not deserialize a " + type.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private T readObject(byte[] bytes, int length) {
        input.setBuffer(bytes, 0, length);
        return (T) kryo.readClassAndObject(input);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof KryoSerializer)) {
            return false;
        }
        KryoSerializer<?> other = (KryoSerializer<?>) obj;
        return type == other.type && registrations.equals(other.registrations);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + registrations.hashCode();
    }

    @Override
    public String toString() {
        return "KryoSerializer(" + type.getName() + ")";
    }
}

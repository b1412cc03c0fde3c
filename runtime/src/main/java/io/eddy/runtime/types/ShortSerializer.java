package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@link Short} (and the primitive) in 2 big-endian bytes; nulls are not supported. */
public final class ShortSerializer extends TypeSerializerSingleton<Short> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final ShortSerializer INSTANCE = new ShortSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Short createInstance() {
        return (short) 0;
    }

    @Override
    public Short copy(Short from) {
        return from;
    }

    @Override
    public int getLength() {
        return 2;
    }

    @Override
    public void serialize(Short record, DataOutputView target) throws IOException {
        target.writeShort(record);
    }

    @Override
    public Short deserialize(DataInputView source) throws IOException {
        return source.readShort();
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        target.write(source, 2);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code short[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class ShortPrimitiveArraySerializer extends TypeSerializerSingleton<short[]> {

    private static final long serialVersionUID = 1L;

    private static final short[] EMPTY = new short[0];

    /** The shared instance. */
    public static final ShortPrimitiveArraySerializer INSTANCE = new ShortPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public short[] createInstance() {
        return EMPTY;
    }

    @Override
    public short[] copy(short[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(short[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (short v : record) {
            target.writeShort(v);
        }
    }

    @Override
    public short[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        short[] result = new short[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readShort();
        }
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * 2);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

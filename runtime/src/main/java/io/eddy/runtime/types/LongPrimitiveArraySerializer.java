package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code long[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class LongPrimitiveArraySerializer extends TypeSerializerSingleton<long[]> {

    private static final long serialVersionUID = 1L;

    private static final long[] EMPTY = new long[0];

    /** The shared instance. */
    public static final LongPrimitiveArraySerializer INSTANCE = new LongPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public long[] createInstance() {
        return EMPTY;
    }

    @Override
    public long[] copy(long[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(long[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (long v : record) {
            target.writeLong(v);
        }
    }

    @Override
    public long[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        long[] result = new long[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readLong();
        }
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * 8);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

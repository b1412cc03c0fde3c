package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code int[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class IntPrimitiveArraySerializer extends TypeSerializerSingleton<int[]> {

    private static final long serialVersionUID = 1L;

    private static final int[] EMPTY = new int[0];

    /** The shared instance. */
    public static final IntPrimitiveArraySerializer INSTANCE = new IntPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public int[] createInstance() {
        return EMPTY;
    }

    @Override
    public int[] copy(int[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(int[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (int v : record) {
            target.writeInt(v);
        }
    }

    @Override
    public int[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        int[] result = new int[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readInt();
        }
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * 4);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

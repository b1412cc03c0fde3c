package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code boolean[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class BooleanPrimitiveArraySerializer extends TypeSerializerSingleton<boolean[]> {

    private static final long serialVersionUID = 1L;

    private static final boolean[] EMPTY = new boolean[0];

    /** The shared instance. */
    public static final BooleanPrimitiveArraySerializer INSTANCE = new BooleanPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public boolean[] createInstance() {
        return EMPTY;
    }

    @Override
    public boolean[] copy(boolean[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(boolean[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (boolean v : record) {
            target.writeBoolean(v);
        }
    }

    @Override
    public boolean[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        boolean[] result = new boolean[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readBoolean();
        }
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * 1);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

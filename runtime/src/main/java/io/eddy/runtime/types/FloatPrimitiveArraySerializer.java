package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code float[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class FloatPrimitiveArraySerializer extends TypeSerializerSingleton<float[]> {

    private static final long serialVersionUID = 1L;

    private static final float[] EMPTY = new float[0];

    /** The shared instance. */
    public static final FloatPrimitiveArraySerializer INSTANCE = new FloatPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public float[] createInstance() {
        return EMPTY;
    }

    @Override
    public float[] copy(float[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(float[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (float v : record) {
            target.writeFloat(v);
        }
    }

    @Override
    public float[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        float[] result = new float[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readFloat();
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

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code double[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class DoublePrimitiveArraySerializer extends TypeSerializerSingleton<double[]> {

    private static final long serialVersionUID = 1L;

    private static final double[] EMPTY = new double[0];

    /** The shared instance. */
    public static final DoublePrimitiveArraySerializer INSTANCE = new DoublePrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public double[] createInstance() {
        return EMPTY;
    }

    @Override
    public double[] copy(double[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(double[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (double v : record) {
            target.writeDouble(v);
        }
    }

    @Override
    public double[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        double[] result = new double[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readDouble();
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

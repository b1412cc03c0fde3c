package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code double[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class DoublePrimitiveArraySerializer extends PrimitiveArraySerializer<double[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final DoublePrimitiveArraySerializer INSTANCE = new DoublePrimitiveArraySerializer();

    private DoublePrimitiveArraySerializer() {
        super(new double[0], 8);
    }

    @Override
    protected void writeElements(double[] array, DataOutputView target) throws IOException {
        for (double v : array) {
            target.writeDouble(v);
        }
    }

    @Override
    protected void readElements(double[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readDouble();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

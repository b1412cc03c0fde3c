package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code float[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class FloatPrimitiveArraySerializer extends PrimitiveArraySerializer<float[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final FloatPrimitiveArraySerializer INSTANCE = new FloatPrimitiveArraySerializer();

    private FloatPrimitiveArraySerializer() {
        super(new float[0], 4);
    }

    @Override
    protected void writeElements(float[] array, DataOutputView target) throws IOException {
        for (float v : array) {
            target.writeFloat(v);
        }
    }

    @Override
    protected void readElements(float[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readFloat();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code int[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class IntPrimitiveArraySerializer extends PrimitiveArraySerializer<int[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final IntPrimitiveArraySerializer INSTANCE = new IntPrimitiveArraySerializer();

    private IntPrimitiveArraySerializer() {
        super(new int[0], 4);
    }

    @Override
    protected void writeElements(int[] array, DataOutputView target) throws IOException {
        for (int v : array) {
            target.writeInt(v);
        }
    }

    @Override
    protected void readElements(int[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readInt();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

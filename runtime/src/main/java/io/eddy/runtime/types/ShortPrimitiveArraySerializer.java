package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code short[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class ShortPrimitiveArraySerializer extends PrimitiveArraySerializer<short[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final ShortPrimitiveArraySerializer INSTANCE = new ShortPrimitiveArraySerializer();

    private ShortPrimitiveArraySerializer() {
        super(new short[0], 2);
    }

    @Override
    protected void writeElements(short[] array, DataOutputView target) throws IOException {
        for (short v : array) {
            target.writeShort(v);
        }
    }

    @Override
    protected void readElements(short[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readShort();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

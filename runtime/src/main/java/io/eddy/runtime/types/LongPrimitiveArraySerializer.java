package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code long[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class LongPrimitiveArraySerializer extends PrimitiveArraySerializer<long[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final LongPrimitiveArraySerializer INSTANCE = new LongPrimitiveArraySerializer();

    private LongPrimitiveArraySerializer() {
        super(new long[0], 8);
    }

    @Override
    protected void writeElements(long[] array, DataOutputView target) throws IOException {
        for (long v : array) {
            target.writeLong(v);
        }
    }

    @Override
    protected void readElements(long[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readLong();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

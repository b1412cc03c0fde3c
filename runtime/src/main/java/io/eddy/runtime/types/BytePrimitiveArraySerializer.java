package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code byte[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class BytePrimitiveArraySerializer extends PrimitiveArraySerializer<byte[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final BytePrimitiveArraySerializer INSTANCE = new BytePrimitiveArraySerializer();

    private BytePrimitiveArraySerializer() {
        super(new byte[0], 1);
    }

    @Override
    protected void writeElements(byte[] array, DataOutputView target) throws IOException {
        target.write(array);
    }

    @Override
    protected void readElements(byte[] array, DataInputView source) throws IOException {
        source.readFully(array);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

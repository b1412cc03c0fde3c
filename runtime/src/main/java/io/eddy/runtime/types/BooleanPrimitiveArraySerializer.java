package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code boolean[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class BooleanPrimitiveArraySerializer extends PrimitiveArraySerializer<boolean[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final BooleanPrimitiveArraySerializer INSTANCE = new BooleanPrimitiveArraySerializer();

    private BooleanPrimitiveArraySerializer() {
        super(new boolean[0], 1);
    }

    @Override
    protected void writeElements(boolean[] array, DataOutputView target) throws IOException {
        for (boolean v : array) {
            target.writeBoolean(v);
        }
    }

    @Override
    protected void readElements(boolean[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readBoolean();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

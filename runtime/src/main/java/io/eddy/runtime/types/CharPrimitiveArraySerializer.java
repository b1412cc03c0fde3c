package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code char[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class CharPrimitiveArraySerializer extends PrimitiveArraySerializer<char[]> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final CharPrimitiveArraySerializer INSTANCE = new CharPrimitiveArraySerializer();

    private CharPrimitiveArraySerializer() {
        super(new char[0], 2);
    }

    @Override
    protected void writeElements(char[] array, DataOutputView target) throws IOException {
        for (char v : array) {
            target.writeChar(v);
        }
    }

    @Override
    protected void readElements(char[] array, DataInputView source) throws IOException {
        for (int i = 0; i < array.length; i++) {
            array[i] = source.readChar();
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes {@code char[]} as a 4-byte length (-1 for null) followed by the elements. */
public final class CharPrimitiveArraySerializer extends TypeSerializerSingleton<char[]> {

    private static final long serialVersionUID = 1L;

    private static final char[] EMPTY = new char[0];

    /** The shared instance. */
    public static final CharPrimitiveArraySerializer INSTANCE = new CharPrimitiveArraySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public char[] createInstance() {
        return EMPTY;
    }

    @Override
    public char[] copy(char[] from) {
        return from == null ? null : from.clone();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(char[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (char v : record) {
            target.writeChar(v);
        }
    }

    @Override
    public char[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        char[] result = new char[length];
        for (int i = 0; i < length; i++) {
            result[i] = source.readChar();
        }
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * 2);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

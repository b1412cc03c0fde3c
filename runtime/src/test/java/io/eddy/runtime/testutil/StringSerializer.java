package io.eddy.runtime.testutil;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/** Test-only serializer of strings: a length, then the chars (so strings of any length work). */
public final class StringSerializer extends TypeSerializer<String> {

    private static final long serialVersionUID = 1L;

    public static final StringSerializer INSTANCE = new StringSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<String> duplicate() {
        return this;
    }

    @Override
    public String createInstance() {
        return "";
    }

    @Override
    public String copy(String from) {
        return from;
    }

    @Override
    public String copy(String from, String reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String record, DataOutputView target) throws IOException {
        target.writeInt(record.length());
        target.writeChars(record);
    }

    @Override
    public String deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = source.readChar();
        }
        return new String(chars);
    }

    @Override
    public String deserialize(String reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StringSerializer;
    }

    @Override
    public int hashCode() {
        return StringSerializer.class.hashCode();
    }
}

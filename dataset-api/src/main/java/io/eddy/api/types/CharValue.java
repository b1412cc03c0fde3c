package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code char}: reusable as a record field without boxing. */
public class CharValue implements Value, ResettableValue<CharValue>, CopyableValue<CharValue>, Comparable<CharValue> {

    private static final long serialVersionUID = 1L;

    private char value;

    public CharValue() {}

    public CharValue(char value) {
        this.value = value;
    }

    public char getValue() {
        return value;
    }

    public void setValue(char value) {
        this.value = value;
    }

    @Override
    public void setValue(CharValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeChar(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readChar();
    }

    @Override
    public void copyTo(CharValue target) {
        target.value = value;
    }

    @Override
    public CharValue copy() {
        return new CharValue(value);
    }

    @Override
    public int compareTo(CharValue o) {
        return Character.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CharValue && Character.compare((((CharValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Character.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

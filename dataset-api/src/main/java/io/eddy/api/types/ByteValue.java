package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code byte}: reusable as a record field without boxing. */
public class ByteValue implements Value, ResettableValue<ByteValue>, CopyableValue<ByteValue>, Comparable<ByteValue> {

    private static final long serialVersionUID = 1L;

    private byte value;

    public ByteValue() {}

    public ByteValue(byte value) {
        this.value = value;
    }

    public byte getValue() {
        return value;
    }

    public void setValue(byte value) {
        this.value = value;
    }

    @Override
    public void setValue(ByteValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeByte(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readByte();
    }

    @Override
    public void copyTo(ByteValue target) {
        target.value = value;
    }

    @Override
    public ByteValue copy() {
        return new ByteValue(value);
    }

    @Override
    public int compareTo(ByteValue o) {
        return Byte.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ByteValue && Byte.compare((((ByteValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Byte.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

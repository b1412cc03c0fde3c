package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code short}: reusable as a record field without boxing. */
public class ShortValue implements Value, ResettableValue<ShortValue>, CopyableValue<ShortValue>, Comparable<ShortValue> {

    private static final long serialVersionUID = 1L;

    private short value;

    public ShortValue() {}

    public ShortValue(short value) {
        this.value = value;
    }

    public short getValue() {
        return value;
    }

    public void setValue(short value) {
        this.value = value;
    }

    @Override
    public void setValue(ShortValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeShort(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readShort();
    }

    @Override
    public void copyTo(ShortValue target) {
        target.value = value;
    }

    @Override
    public ShortValue copy() {
        return new ShortValue(value);
    }

    @Override
    public int compareTo(ShortValue o) {
        return Short.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ShortValue && Short.compare((((ShortValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Short.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code int}: reusable as a record field without boxing. */
public class IntValue implements Value, ResettableValue<IntValue>, CopyableValue<IntValue>, Comparable<IntValue> {

    private static final long serialVersionUID = 1L;

    private int value;

    public IntValue() {}

    public IntValue(int value) {
        this.value = value;
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }

    @Override
    public void setValue(IntValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeInt(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readInt();
    }

    @Override
    public void copyTo(IntValue target) {
        target.value = value;
    }

    @Override
    public IntValue copy() {
        return new IntValue(value);
    }

    @Override
    public int compareTo(IntValue o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IntValue && Integer.compare((((IntValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

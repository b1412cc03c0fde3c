package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code boolean}: reusable as a record field without boxing. */
public class BooleanValue implements Value, ResettableValue<BooleanValue>, CopyableValue<BooleanValue>, Comparable<BooleanValue> {

    private static final long serialVersionUID = 1L;

    private boolean value;

    public BooleanValue() {}

    public BooleanValue(boolean value) {
        this.value = value;
    }

    public boolean getValue() {
        return value;
    }

    public void setValue(boolean value) {
        this.value = value;
    }

    @Override
    public void setValue(BooleanValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeBoolean(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readBoolean();
    }

    @Override
    public void copyTo(BooleanValue target) {
        target.value = value;
    }

    @Override
    public BooleanValue copy() {
        return new BooleanValue(value);
    }

    @Override
    public int compareTo(BooleanValue o) {
        return Boolean.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BooleanValue && Boolean.compare((((BooleanValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

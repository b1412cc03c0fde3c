package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code long}: reusable as a record field without boxing. */
public class LongValue implements Value, ResettableValue<LongValue>, CopyableValue<LongValue>, Comparable<LongValue> {

    private static final long serialVersionUID = 1L;

    private long value;

    public LongValue() {}

    public LongValue(long value) {
        this.value = value;
    }

    public long getValue() {
        return value;
    }

    public void setValue(long value) {
        this.value = value;
    }

    @Override
    public void setValue(LongValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeLong(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readLong();
    }

    @Override
    public void copyTo(LongValue target) {
        target.value = value;
    }

    @Override
    public LongValue copy() {
        return new LongValue(value);
    }

    @Override
    public int compareTo(LongValue o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LongValue && Long.compare((((LongValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

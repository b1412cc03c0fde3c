package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code double}: reusable as a record field without boxing. */
public class DoubleValue implements Value, ResettableValue<DoubleValue>, CopyableValue<DoubleValue>, Comparable<DoubleValue> {

    private static final long serialVersionUID = 1L;

    private double value;

    public DoubleValue() {}

    public DoubleValue(double value) {
        this.value = value;
    }

    public double getValue() {
        return value;
    }

    public void setValue(double value) {
        this.value = value;
    }

    @Override
    public void setValue(DoubleValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeDouble(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readDouble();
    }

    @Override
    public void copyTo(DoubleValue target) {
        target.value = value;
    }

    @Override
    public DoubleValue copy() {
        return new DoubleValue(value);
    }

    @Override
    public int compareTo(DoubleValue o) {
        return Double.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DoubleValue && Double.compare((((DoubleValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

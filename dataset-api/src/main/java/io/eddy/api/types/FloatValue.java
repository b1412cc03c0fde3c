package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** A mutable, serializable {@code float}: reusable as a record field without boxing. */
public class FloatValue implements Value, ResettableValue<FloatValue>, CopyableValue<FloatValue>, Comparable<FloatValue> {

    private static final long serialVersionUID = 1L;

    private float value;

    public FloatValue() {}

    public FloatValue(float value) {
        this.value = value;
    }

    public float getValue() {
        return value;
    }

    public void setValue(float value) {
        this.value = value;
    }

    @Override
    public void setValue(FloatValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeFloat(value);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        value = in.readFloat();
    }

    @Override
    public void copyTo(FloatValue target) {
        target.value = value;
    }

    @Override
    public FloatValue copy() {
        return new FloatValue(value);
    }

    @Override
    public int compareTo(FloatValue o) {
        return Float.compare(value, o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FloatValue && Float.compare((((FloatValue) obj).value), value) == 0;
    }

    @Override
    public int hashCode() {
        return Float.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

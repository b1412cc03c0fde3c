package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** The value that carries no data (e.g. the edge value of an unweighted graph); use {@link #getInstance()}. */
public final class NullValue implements Value, ResettableValue<NullValue>, CopyableValue<NullValue>, Comparable<NullValue> {

    private static final long serialVersionUID = 1L;

    private static final NullValue INSTANCE = new NullValue();

    /** The shared instance. */
    public static NullValue getInstance() {
        return INSTANCE;
    }

    public NullValue() {}

    @Override
    public void setValue(NullValue value) {}

    /** Writes one byte so that a record of null values still has a size. */
    @Override
    public void write(DataOutputView out) throws IOException {
        out.writeByte(0);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        in.readByte();
    }

    @Override
    public void copyTo(NullValue target) {}

    @Override
    public NullValue copy() {
        return INSTANCE;
    }

    @Override
    public int compareTo(NullValue o) {
        return 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NullValue;
    }

    @Override
    public int hashCode() {
        return 53;
    }

    @Override
    public String toString() {
        return "(null)";
    }
}

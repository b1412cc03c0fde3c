package io.eddy.api.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.StringEncoding;
import java.io.IOException;

/** A mutable, serializable string holder, written in the compact string format. */
public class StringValue implements Value, ResettableValue<StringValue>, CopyableValue<StringValue>,
        Comparable<StringValue>, CharSequence {

    private static final long serialVersionUID = 1L;

    private String value = "";

    public StringValue() {}

    public StringValue(CharSequence value) {
        setValue(value);
    }

    public String getValue() {
        return value;
    }

    public void setValue(CharSequence value) {
        this.value = value == null ? "" : value.toString();
    }

    @Override
    public void setValue(StringValue value) {
        this.value = value.value;
    }

    @Override
    public void write(DataOutputView out) throws IOException {
        StringEncoding.writeString(value, out);
    }

    @Override
    public void read(DataInputView in) throws IOException {
        String read = StringEncoding.readString(in);
        value = read == null ? "" : read;
    }

    @Override
    public void copyTo(StringValue target) {
        target.value = value;
    }

    @Override
    public StringValue copy() {
        return new StringValue(value);
    }

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new StringValue(value.substring(start, end));
    }

    @Override
    public int compareTo(StringValue o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StringValue && ((StringValue) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

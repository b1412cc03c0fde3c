package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.util.Objects;

/** Serializes the constants of one enum class by ordinal (4 bytes); nulls are not supported. */
public final class EnumSerializer<T extends Enum<T>> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> enumClass;

    private transient T[] values;

    public EnumSerializer(Class<T> enumClass) {
        this.enumClass = Objects.requireNonNull(enumClass, "enumClass");
        if (!enumClass.isEnum()) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum");
        }
    }

    /** The enum class. */
    public Class<T> getEnumClass() {
        return enumClass;
    }

    private T[] values() {
        if (values == null) {
            values = enumClass.getEnumConstants();
        }
        return values;
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public EnumSerializer<T> duplicate() {
        return this;
    }

    @Override
    public T createInstance() {
        T[] constants = values();
        return constants.length == 0 ? null : constants[0];
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return 4;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        target.writeInt(record.ordinal());
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return values()[source.readInt()];
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        target.write(source, 4);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnumSerializer && ((EnumSerializer<?>) obj).enumClass == enumClass;
    }

    @Override
    public int hashCode() {
        return enumClass.hashCode();
    }

    @Override
    public String toString() {
        return "EnumSerializer(" + enumClass.getName() + ")";
    }
}

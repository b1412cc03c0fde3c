package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serializes lists as a size (-1 for null) and per element a null flag and the element. */
public final class ListSerializer<T> extends TypeSerializer<List<T>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<T> elementSerializer;

    public ListSerializer(TypeSerializer<T> elementSerializer) {
        this.elementSerializer = elementSerializer;
    }

    public TypeSerializer<T> getElementSerializer() {
        return elementSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ListSerializer<T> duplicate() {
        TypeSerializer<T> duplicated = elementSerializer.duplicate();
        return duplicated == elementSerializer ? this : new ListSerializer<>(duplicated);
    }

    @Override
    public List<T> createInstance() {
        return new ArrayList<>();
    }

    @Override
    public List<T> copy(List<T> from) {
        if (from == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(from.size());
        for (T element : from) {
            copy.add(element == null ? null : elementSerializer.copy(element));
        }
        return copy;
    }

    @Override
    public List<T> copy(List<T> from, List<T> reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(List<T> record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.size());
        for (T element : record) {
            target.writeBoolean(element != null);
            if (element != null) {
                elementSerializer.serialize(element, target);
            }
        }
    }

    @Override
    public List<T> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        if (size < 0) {
            return null;
        }
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(source.readBoolean() ? elementSerializer.deserialize(source) : null);
        }
        return list;
    }

    @Override
    public List<T> deserialize(List<T> reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int size = source.readInt();
        target.writeInt(size);
        for (int i = 0; i < size; i++) {
            boolean present = source.readBoolean();
            target.writeBoolean(present);
            if (present) {
                elementSerializer.copy(source, target);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ListSerializer && ((ListSerializer<?>) obj).elementSerializer.equals(elementSerializer);
    }

    @Override
    public int hashCode() {
        return elementSerializer.hashCode() + 11;
    }
}

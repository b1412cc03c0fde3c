package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Objects;

/**
 * Serializes arrays of objects ({@code C[]}) with an element serializer: a 4-byte length (-1 for a
 * null array), then per element a null flag byte and, if not null, the element.
 */
public final class GenericArraySerializer<C> extends TypeSerializer<C[]> {

    private static final long serialVersionUID = 1L;

    private final Class<C> componentClass;

    private final TypeSerializer<C> elementSerializer;

    public GenericArraySerializer(Class<C> componentClass, TypeSerializer<C> elementSerializer) {
        this.componentClass = Objects.requireNonNull(componentClass, "componentClass");
        this.elementSerializer = Objects.requireNonNull(elementSerializer, "elementSerializer");
    }

    public Class<C> getComponentClass() {
        return componentClass;
    }

    public TypeSerializer<C> getElementSerializer() {
        return elementSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public GenericArraySerializer<C> duplicate() {
        TypeSerializer<C> duplicated = elementSerializer.duplicate();
        return duplicated == elementSerializer ? this : new GenericArraySerializer<>(componentClass, duplicated);
    }

    @SuppressWarnings("unchecked")
    private C[] newArray(int length) {
        return (C[]) Array.newInstance(componentClass, length);
    }

    @Override
    public C[] createInstance() {
        return newArray(0);
    }

    @Override
    public C[] copy(C[] from) {
        if (from == null) {
            return null;
        }
        C[] result = newArray(from.length);
        for (int i = 0; i < from.length; i++) {
            result[i] = from[i] == null ? null : elementSerializer.copy(from[i]);
        }
        return result;
    }

    @Override
    public C[] copy(C[] from, C[] reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(C[] record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.length);
        for (C element : record) {
            if (element == null) {
                target.writeBoolean(false);
            } else {
                target.writeBoolean(true);
                elementSerializer.serialize(element, target);
            }
        }
    }

    @Override
    public C[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        C[] result = newArray(length);
        for (int i = 0; i < length; i++) {
            if (source.readBoolean()) {
                result[i] = elementSerializer.deserialize(source);
            }
        }
        return result;
    }

    @Override
    public C[] deserialize(C[] reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        for (int i = 0; i < length; i++) {
            boolean present = source.readBoolean();
            target.writeBoolean(present);
            if (present) {
                elementSerializer.copy(source, target);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof GenericArraySerializer)) {
            return false;
        }
        GenericArraySerializer<?> other = (GenericArraySerializer<?>) obj;
        return componentClass == other.componentClass && elementSerializer.equals(other.elementSerializer);
    }

    @Override
    public int hashCode() {
        return 31 * componentClass.hashCode() + elementSerializer.hashCode();
    }

    @Override
    public String toString() {
        return "GenericArraySerializer(" + componentClass.getName() + ", " + elementSerializer + ")";
    }
}

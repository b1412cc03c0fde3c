package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.lang.reflect.Array;

/**
 * Base of the serializers of primitive arrays ({@code int[]}, {@code byte[]}, ...): a 4-byte
 * length (-1 for null) followed by the elements, each of a fixed size. Subclasses only say how one
 * array's elements are written and read.
 *
 * @param <A> the array type
 */
public abstract class PrimitiveArraySerializer<A> extends TypeSerializerSingleton<A> {

    private static final long serialVersionUID = 1L;

    private final transient A empty;
    private final int elementSize;

    protected PrimitiveArraySerializer(A empty, int elementSize) {
        this.empty = empty;
        this.elementSize = elementSize;
    }

    /** Writes all elements of {@code array}. */
    protected abstract void writeElements(A array, DataOutputView target) throws IOException;

    /** Fills {@code array} with elements read from {@code source}. */
    protected abstract void readElements(A array, DataInputView source) throws IOException;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public A createInstance() {
        return empty;
    }

    @Override
    @SuppressWarnings("unchecked")
    public A copy(A from) {
        if (from == null) {
            return null;
        }
        int length = Array.getLength(from);
        A copy = (A) Array.newInstance(from.getClass().getComponentType(), length);
        System.arraycopy(from, 0, copy, 0, length);
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(A record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(Array.getLength(record));
        writeElements(record, target);
    }

    @Override
    @SuppressWarnings("unchecked")
    public A deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0) {
            return null;
        }
        A result = (A) Array.newInstance(empty.getClass().getComponentType(), length);
        readElements(result, source);
        return result;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        if (length > 0) {
            target.write(source, length * elementSize);
        }
    }
}

package io.eddy.api.accumulators;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects values as their serialized bytes, one {@code byte[]} per value, so that values of any
 * type (not only {@link java.io.Serializable} ones) travel to the client in the type's own compact
 * format. {@code DataSet.collect()} is built on it: the sink adds each record with its
 * {@link TypeSerializer}, and the client turns the merged list back into objects with
 * {@link #deserializeList}.
 *
 * @param <T> the type of the collected values
 */
public class SerializedListAccumulator<T> implements Accumulator<T, ArrayList<byte[]>> {

    private static final long serialVersionUID = 1L;

    private static final int INITIAL_BUFFER_SIZE = 64;

    private ArrayList<byte[]> localValue = new ArrayList<>();

    /** Scratch space reused by every {@link #add(Object, TypeSerializer)}; never shipped. */
    private transient DataOutputSerializer buffer;

    /**
     * Not supported: the bytes of a value depend on its serializer, so use
     * {@link #add(Object, TypeSerializer)}.
     */
    @Override
    public void add(T value) {
        throw new UnsupportedOperationException(
                "SerializedListAccumulator needs the value's serializer: call add(value, serializer)");
    }

    /** Serializes {@code value} with {@code serializer} and appends the bytes. */
    public void add(T value, TypeSerializer<T> serializer) throws IOException {
        DataOutputSerializer out = buffer;
        if (out == null) {
            out = new DataOutputSerializer(INITIAL_BUFFER_SIZE);
            buffer = out;
        } else {
            out.clear();
        }
        serializer.serialize(value, out);
        localValue.add(out.toByteArray());
    }

    @Override
    public ArrayList<byte[]> getLocalValue() {
        return localValue;
    }

    @Override
    public void resetLocal() {
        localValue.clear();
    }

    @Override
    public void merge(Accumulator<T, ArrayList<byte[]>> other) {
        localValue.addAll(other.getLocalValue());
    }

    /** A copy holding the same byte arrays, which nothing modifies after they were added. */
    @Override
    public SerializedListAccumulator<T> clone() {
        SerializedListAccumulator<T> copy = new SerializedListAccumulator<>();
        copy.localValue = new ArrayList<>(localValue);
        return copy;
    }

    /**
     * Turns the bytes collected by this accumulator back into values, in list order.
     *
     * @throws IOException if an element is not a complete serialized value of the serializer's type
     * @throws ClassNotFoundException kept for Flink compatibility: callers of Flink's method catch it
     *     to report a class of the collected type missing on the client
     */
    public static <T> List<T> deserializeList(ArrayList<byte[]> data, TypeSerializer<T> serializer)
            throws IOException, ClassNotFoundException {
        List<T> result = new ArrayList<>(data.size());
        DataInputDeserializer in = new DataInputDeserializer();
        for (byte[] bytes : data) {
            in.setBuffer(bytes, 0, bytes.length);
            result.add(serializer.deserialize(in));
            if (in.available() != 0) {
                throw new IOException("A collected element of " + bytes.length + " bytes was not read completely ("
                        + in.available() + " bytes left): the serializer does not match the collected data");
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "SerializedListAccumulator: " + localValue.size() + " elements";
    }
}

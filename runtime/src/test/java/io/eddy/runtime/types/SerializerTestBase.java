package io.eddy.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The shared contract test every serializer passes: round trip, copies, binary copy, fixed length,
 * duplicates working independently, and Java serialization of the serializer itself.
 */
public abstract class SerializerTestBase<T> {

    /** A fresh serializer under test. */
    protected abstract TypeSerializer<T> createSerializer();

    /** The expected {@link TypeSerializer#getLength()}. */
    protected abstract int getLength();

    /** Test records; may contain null where the serializer supports it. */
    protected abstract T[] getTestData();

    /** Equality used to check results; arrays are compared deeply. Override for types without equals. */
    protected boolean deepEquals(T expected, T actual) {
        return Objects.deepEquals(expected, actual);
    }

    private void assertDeepEquals(T expected, T actual) {
        assertTrue(deepEquals(expected, actual), () -> "expected " + show(expected) + " but got " + show(actual));
    }

    private static String show(Object value) {
        return value instanceof Object[] ? Arrays.deepToString((Object[]) value) : String.valueOf(value);
    }

    protected static byte[] serialize(TypeSerializer<Object> serializer, Object value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        return out.toByteArray();
    }

    @Test
    void createsInstanceOrNullForImmutableTypes() {
        TypeSerializer<T> serializer = createSerializer();
        T instance = serializer.createInstance();
        if (!serializer.isImmutableType()) {
            assertNotNull(instance, "mutable types must create instances");
        }
    }

    @Test
    void reportsExpectedLength() {
        assertEquals(getLength(), createSerializer().getLength());
    }

    @Test
    void roundTripsEachRecord() throws IOException {
        TypeSerializer<T> serializer = createSerializer();
        for (T value : getTestData()) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            serializer.serialize(value, out);
            if (serializer.getLength() > 0) {
                assertEquals(serializer.getLength(), out.length(), "fixed length differs from bytes written");
            }
            DataInputDeserializer in = new DataInputDeserializer(out.toByteArray());
            assertDeepEquals(value, serializer.deserialize(in));
            assertEquals(0, in.available(), "deserialize must consume exactly what serialize wrote");
        }
    }

    @Test
    void roundTripsSequenceIntoReusedInstances() throws IOException {
        TypeSerializer<T> serializer = createSerializer();
        DataOutputSerializer out = new DataOutputSerializer(16);
        T[] data = getTestData();
        for (T value : data) {
            serializer.serialize(value, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.toByteArray());
        T reuse = serializer.createInstance();
        for (T value : data) {
            T result = serializer.deserialize(reuse, in);
            assertDeepEquals(value, result);
            if (result != null) {
                reuse = result;
            }
        }
        assertEquals(0, in.available());
    }

    @Test
    void copiesRecords() {
        TypeSerializer<T> serializer = createSerializer();
        T reuse = serializer.createInstance();
        for (T value : getTestData()) {
            T copy = serializer.copy(value);
            assertDeepEquals(value, copy);
            if (!serializer.isImmutableType() && value != null && !value.getClass().isEnum()) {
                assertTrue(copy != value, "mutable records must be copied, not shared");
            }
            T copyIntoReuse = serializer.copy(value, reuse);
            assertDeepEquals(value, copyIntoReuse);
            if (copyIntoReuse != null) {
                reuse = copyIntoReuse;
            }
        }
    }

    @Test
    void copiesSerializedRecordsWithoutMaterializing() throws IOException {
        TypeSerializer<T> serializer = createSerializer();
        DataOutputSerializer original = new DataOutputSerializer(16);
        T[] data = getTestData();
        for (T value : data) {
            serializer.serialize(value, original);
        }
        DataInputDeserializer source = new DataInputDeserializer(original.toByteArray());
        DataOutputSerializer target = new DataOutputSerializer(16);
        for (int i = 0; i < data.length; i++) {
            serializer.copy(source, target);
        }
        assertEquals(0, source.available());
        assertTrue(Arrays.equals(original.toByteArray(), target.toByteArray()), "binary copy differs from original");
    }

    @Test
    void duplicatesWorkIndependently() throws IOException {
        TypeSerializer<T> serializer = createSerializer();
        TypeSerializer<T> duplicate = serializer.duplicate();
        assertEquals(serializer, duplicate);
        DataOutputSerializer out1 = new DataOutputSerializer(16);
        DataOutputSerializer out2 = new DataOutputSerializer(16);
        for (T value : getTestData()) {
            serializer.serialize(value, out1);
            duplicate.serialize(value, out2);
        }
        DataInputDeserializer in1 = new DataInputDeserializer(out1.toByteArray());
        DataInputDeserializer in2 = new DataInputDeserializer(out2.toByteArray());
        for (T value : getTestData()) {
            assertDeepEquals(value, duplicate.deserialize(in1));
            assertDeepEquals(value, serializer.deserialize(in2));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void serializerSurvivesJavaSerialization() throws Exception {
        TypeSerializer<T> serializer = createSerializer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(serializer);
        }
        TypeSerializer<T> restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (TypeSerializer<T>) in.readObject();
        }
        assertEquals(serializer, restored);
        assertEquals(serializer.hashCode(), restored.hashCode());
        for (T value : getTestData()) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            serializer.serialize(value, out);
            assertDeepEquals(value, restored.deserialize(new DataInputDeserializer(out.toByteArray())));
        }
    }
}

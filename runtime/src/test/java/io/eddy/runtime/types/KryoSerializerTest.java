package io.eddy.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kryo fallback: the shared contract plus nulls, subclasses and configured serializers. */
class KryoSerializerTest extends SerializerTestBase<KryoSerializerTest.Point> {

    /** A class without a no-argument constructor, with a subclass. */
    static class Point {
        final int x;
        final List<String> tags;

        Point(int x, List<String> tags) {
            this.x = x;
            this.tags = tags;
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && ((Point) o).x == x && Objects.equals(((Point) o).tags, tags);
        }

        @Override
        public int hashCode() {
            return x;
        }
    }

    static final class LabeledPoint extends Point {
        final String label;

        LabeledPoint(int x, String label) {
            super(x, new ArrayList<>());
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && Objects.equals(((LabeledPoint) o).label, label);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** Writes only x, to prove registered serializers are used. */
    public static final class XOnlySerializer extends Serializer<Point> {
        @Override
        public void write(Kryo kryo, Output output, Point object) {
            output.writeInt(object.x);
        }

        @Override
        public Point read(Kryo kryo, Input input, Class<? extends Point> type) {
            return new Point(input.readInt(), null);
        }
    }

    @Override
    protected TypeSerializer<Point> createSerializer() {
        return new KryoSerializer<>(Point.class);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Point[] getTestData() {
        return new Point[] {new Point(1, new ArrayList<>(List.of("a", "b"))), null, new LabeledPoint(3, "three"), new Point(-1, null)};
    }

    @Test
    void usesRegisteredSerializer() throws Exception {
        KryoRegistrations registrations = new KryoRegistrations(Set.of(), Map.of(Point.class, XOnlySerializer.class), Map.of());
        KryoSerializer<Point> serializer = new KryoSerializer<>(Point.class, registrations);
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(new Point(5, List.of("dropped")), out);
        Point back = serializer.deserialize(new DataInputDeserializer(out.toByteArray()));
        assertEquals(new Point(5, null), back);
        assertTrue(!serializer.equals(createSerializer()), "registrations are part of serializer identity");
    }

    @Test
    void duplicateIsAFreshInstance() {
        KryoSerializer<Point> serializer = new KryoSerializer<>(Point.class);
        assertNotSame(serializer, serializer.duplicate());
    }
}

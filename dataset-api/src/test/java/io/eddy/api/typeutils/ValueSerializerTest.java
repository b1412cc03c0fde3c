package io.eddy.api.typeutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.BooleanValue;
import io.eddy.api.types.ByteValue;
import io.eddy.api.types.CharValue;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.FloatValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.ShortValue;
import io.eddy.api.types.StringValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@link ValueSerializer}: built-in fixed-length values without a length in front, all others with one. */
class ValueSerializerTest {

    /** A subclass of a built-in value: its format is its own, so it keeps the length in front. */
    static final class TaggedLong extends LongValue {
        private static final long serialVersionUID = 1L;

        public TaggedLong() {}

        TaggedLong(long value) {
            super(value);
        }
    }

    private static <T extends Value> byte[] serialized(ValueSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(value, out);
        return out.toByteArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void roundTrip(Value value, int expectedLength) throws IOException {
        ValueSerializer serializer = new ValueSerializer<>(value.getClass());
        assertEquals(expectedLength, serializer.getLength(), value.getClass().getSimpleName());
        byte[] bytes = serialized(serializer, value);
        if (expectedLength >= 0) {
            assertEquals(expectedLength, bytes.length, "exactly the value's own bytes");
        }
        assertEquals(value, serializer.deserialize(new DataInputDeserializer(bytes, 0, bytes.length)));
        assertEquals(value, serializer.deserialize(serializer.createInstance(), new DataInputDeserializer(bytes, 0, bytes.length)));
        assertEquals(value.getClass(), serializer.createInstance().getClass());
        // copying serialized records: the same bytes, and the source is left after the value
        DataOutputSerializer copy = new DataOutputSerializer(16);
        DataInputDeserializer source = new DataInputDeserializer(concat(bytes, new byte[] {42}), 0, bytes.length + 1);
        serializer.copy(source, copy);
        assertEquals(42, source.readByte());
        assertEquals(bytes.length, copy.length());
        assertEquals(value, serializer.deserialize(new DataInputDeserializer(copy.getSharedBuffer(), 0, copy.length())));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void builtInValuesOfOneLengthAreWrittenWithoutTheirLength() throws IOException {
        roundTrip(new LongValue(-5_000_000_000L), 8);
        roundTrip(new IntValue(-7), 4);
        roundTrip(new DoubleValue(-0.25), 8);
        roundTrip(new FloatValue(3.5f), 4);
        roundTrip(new ShortValue((short) -300), 2);
        roundTrip(new ByteValue((byte) -3), 1);
        roundTrip(new CharValue('\u00e9'), 2);
        roundTrip(new BooleanValue(true), 1);
        roundTrip(NullValue.getInstance(), 1);
    }

    @Test
    void otherValuesKeepTheLengthInFront() throws IOException {
        roundTrip(new StringValue("variable length"), -1);
        roundTrip(new TaggedLong(12), -1);
        assertEquals(4 + 8, serialized(new ValueSerializer<>(TaggedLong.class), new TaggedLong(12)).length);
    }

    @Test
    void tuplesOfFixedLengthValuesHaveAFixedLength() {
        TypeSerializer<Tuple2<LongValue, DoubleValue>> tuples = TypeInformation.of(
                new io.eddy.api.typeinfo.TypeHint<Tuple2<LongValue, DoubleValue>>() {}).createSerializer(new ExecutionConfig());
        assertInstanceOf(TupleSerializer.class, tuples);
        assertEquals(16, tuples.getLength());
    }
}

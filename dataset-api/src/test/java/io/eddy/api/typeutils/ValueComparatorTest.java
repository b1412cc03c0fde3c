package io.eddy.api.typeutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.StringValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueComparator}: LongValue and IntValue keys compared off their bytes, normalized keys in
 * the values' order, hashes from bytes equal to the values' hashes; other values by their objects.
 */
class ValueComparatorTest {

    private static <T extends Value & Comparable<T>> void check(Class<T> type, LongFunction<T> make, int width)
            throws IOException {
        SplittableRandom random = new SplittableRandom(width);
        List<T> values = new ArrayList<>();
        for (long edge : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1}) {
            values.add(make.apply(edge));
        }
        for (int i = 0; i < 300; i++) {
            values.add(make.apply(random.nextLong()));
        }
        ValueSerializer<T> serializer = new ValueSerializer<>(type);
        for (boolean ascending : new boolean[] {true, false}) {
            ValueComparator<T> comparator = new ValueComparator<>(ascending, type);
            assertTrue(comparator.supportsNormalizedKey());
            assertEquals(width, comparator.getNormalizeKeyLen());
            assertFalse(comparator.isNormalizedKeyPrefixOnly(width));
            assertEquals(!ascending, comparator.invertNormalizedKey());
            assertTrue(comparator.supportsSerializedHash() && comparator.supportsBinaryKeyPrefix());
            MemorySegment a = MemorySegment.allocateHeap(width);
            MemorySegment b = MemorySegment.allocateHeap(width);
            for (int i = 0; i < values.size(); i++) {
                T x = values.get(i);
                T y = values.get((i * 7 + 3) % values.size());
                int expected = Integer.signum(x.compareTo(y)) * (ascending ? 1 : -1);
                assertEquals(expected, Integer.signum(comparator.compare(x, y)));
                assertEquals(expected, Integer.signum(comparator.compareSerialized(bytes(serializer, x), bytes(serializer, y))));
                // normalized keys: unsigned byte order is the ascending order (the sorter inverts for descending)
                comparator.putNormalizedKey(x, a, 0, width);
                comparator.putNormalizedKeySerialized(bytes(serializer, y), b, 0, width);
                assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compare(b, 0, 0, width)));
                assertEquals(comparator.hash(x), comparator.hashSerialized(bytes(serializer, x)));
                assertEquals(width, comparator.binaryKeyPrefixLength(new byte[width], 0));
            }
        }
    }

    private static <T extends Value> DataInputDeserializer bytes(ValueSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(value, out);
        return new DataInputDeserializer(out.getSharedBuffer(), 0, out.length());
    }

    @Test
    void longAndIntValuesAreComparedAndHashedOffTheirBytes() throws IOException {
        check(LongValue.class, LongValue::new, 8);
        check(IntValue.class, v -> new IntValue((int) v), 4);
    }

    @Test
    void otherValuesAreComparedAsObjects() throws IOException {
        ValueComparator<StringValue> comparator = new ValueComparator<>(true, StringValue.class);
        assertFalse(comparator.supportsNormalizedKey());
        assertFalse(comparator.supportsSerializedHash());
        assertFalse(comparator.supportsBinaryKeyPrefix());
        ValueSerializer<StringValue> serializer = new ValueSerializer<>(StringValue.class);
        assertTrue(comparator.compareSerialized(bytes(serializer, new StringValue("a")), bytes(serializer, new StringValue("b"))) < 0);
    }
}

package io.eddy.api.typeutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalized keys and hashes read off serialized tuples equal those of the tuple objects, or are refused. */
class TupleComparatorSerializedKeyTest {

    private static final ExecutionConfig CONFIG = new ExecutionConfig();
    private static final TupleTypeInfo<Tuple3<Long, String, Integer>> TYPE = new TupleTypeInfo<>(
            BasicTypeInfo.LONG_TYPE_INFO, BasicTypeInfo.STRING_TYPE_INFO, BasicTypeInfo.INT_TYPE_INFO);
    private static final List<Tuple3<Long, String, Integer>> RECORDS = List.of(
            Tuple3.of(Long.MIN_VALUE, "", Integer.MIN_VALUE), Tuple3.of(-1L, "b\u00e9\u4e2d", -7),
            Tuple3.of(0L, "a long string that is longer than any key prefix", 0), Tuple3.of(42L, "\u0000", 3),
            Tuple3.of(Long.MAX_VALUE, "zz", Integer.MAX_VALUE));

    private static <T> void assertSameKeys(TypeComparator<T> comparator, TypeSerializer<T> serializer, List<T> records)
            throws IOException {
        assertTrue(comparator.supportsSerializedNormalizedKey());
        int len = Math.min(comparator.getNormalizeKeyLen(), 20);
        for (T record : records) {
            DataOutputSerializer out = new DataOutputSerializer(64);
            serializer.serialize(record, out);
            MemorySegment fromObject = MemorySegment.allocateHeap(len);
            MemorySegment fromBytes = MemorySegment.allocateHeap(len);
            comparator.putNormalizedKey(record, fromObject, 0, len);
            comparator.putNormalizedKeySerialized(new DataInputDeserializer(out.toByteArray()), fromBytes, 0, len);
            assertEquals(0, fromObject.compare(fromBytes, 0, 0, len), "key of " + record);
        }
    }

    @Test
    void leadingKeyFieldsInOrderAscendingAndDescending() throws IOException {
        TypeSerializer<Tuple3<Long, String, Integer>> serializer = TYPE.createSerializer(CONFIG);
        assertSameKeys(TYPE.createComparator(new int[] {0}, new boolean[] {true}, 0, CONFIG), serializer, RECORDS);
        assertSameKeys(TYPE.createComparator(new int[] {0, 1}, new boolean[] {true, false}, 0, CONFIG), serializer, RECORDS);
        assertSameKeys(TYPE.createComparator(new int[] {0, 1, 2}, new boolean[] {false, true, true}, 0, CONFIG), serializer,
                RECORDS);
    }

    @Test
    void normalizedKeyPrefixesOfTuplesAreTheirFirstEightKeyBytes() {
        for (int[] keys : new int[][] {{0}, {0, 1}, {1}, {2, 0}, {1, 2}}) {
            for (boolean firstAscending : new boolean[] {true, false}) {
                boolean[] orders = new boolean[keys.length];
                java.util.Arrays.fill(orders, true);
                orders[0] = firstAscending;
                TypeComparator<Tuple3<Long, String, Integer>> comparator = TYPE.createComparator(keys, orders, 0, CONFIG);
                for (Tuple3<Long, String, Integer> record : RECORDS) {
                    MemorySegment expected = MemorySegment.allocateHeap(8);
                    comparator.putNormalizedKey(record, expected, 0, Math.min(8, comparator.getNormalizeKeyLen()));
                    assertEquals(expected.getLong(0), comparator.normalizedKeyPrefix(record, MemorySegment.allocateHeap(8)),
                            "keys " + java.util.Arrays.toString(keys) + (firstAscending ? " asc " : " desc ") + record);
                }
            }
        }
    }

    @Test
    void hashesOfKeysLeadingTheRecordAreTheObjectsHashesAndOtherKeysAreRefused() throws IOException {
        TypeSerializer<Tuple3<Long, String, Integer>> serializer = TYPE.createSerializer(CONFIG);
        for (int[] keys : new int[][] {{0}, {0, 1}, {0, 1, 2}}) {
            TypeComparator<Tuple3<Long, String, Integer>> comparator =
                    TYPE.createComparator(keys, new boolean[keys.length], 0, CONFIG);
            assertTrue(comparator.supportsSerializedHash(), "keys " + java.util.Arrays.toString(keys));
            for (Tuple3<Long, String, Integer> record : RECORDS) {
                DataOutputSerializer out = new DataOutputSerializer(64);
                serializer.serialize(record, out);
                assertEquals(comparator.hash(record), comparator.hashSerialized(new DataInputDeserializer(out.toByteArray())),
                        "hash of " + record);
            }
        }
        for (int[] keys : new int[][] {{1}, {0, 2}, {1, 0}}) {
            assertFalse(TYPE.createComparator(keys, new boolean[keys.length], 0, CONFIG).supportsSerializedHash(),
                    "keys " + java.util.Arrays.toString(keys));
        }
        TupleTypeInfo<Tuple2<Tuple2<Integer, Long>, String>> nested = new TupleTypeInfo<>(
                new TupleTypeInfo<Tuple2<Integer, Long>>(BasicTypeInfo.INT_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO),
                BasicTypeInfo.STRING_TYPE_INFO);
        assertFalse(nested.createComparator(new int[] {0}, new boolean[] {true}, 0, CONFIG).supportsSerializedHash());
    }

    @Test
    void nestedTupleKeyWorksOnlyOnTheLeadingLeaf() throws IOException {
        TupleTypeInfo<Tuple2<Tuple2<Integer, Long>, String>> nested = new TupleTypeInfo<>(
                new TupleTypeInfo<Tuple2<Integer, Long>>(BasicTypeInfo.INT_TYPE_INFO, BasicTypeInfo.LONG_TYPE_INFO),
                BasicTypeInfo.STRING_TYPE_INFO);
        // flat key 0 is f0.f0, the first bytes of the record; flat key 1 (f0.f1) is not
        assertSameKeys(nested.createComparator(new int[] {0}, new boolean[] {false}, 0, CONFIG),
                nested.createSerializer(CONFIG), List.of(Tuple2.of(Tuple2.of(-3, 9L), "x"), Tuple2.of(Tuple2.of(5, -9L), "")));
        assertFalse(nested.createComparator(new int[] {1}, new boolean[] {true}, 0, CONFIG).supportsSerializedNormalizedKey());
        assertFalse(nested.createComparator(new int[] {0, 1}, new boolean[] {true, true}, 0, CONFIG)
                .supportsSerializedNormalizedKey());
    }

    @Test
    void keysThatDoNotLeadTheRecordAreRefused() {
        assertFalse(TYPE.createComparator(new int[] {1}, new boolean[] {true}, 0, CONFIG).supportsSerializedNormalizedKey());
        assertFalse(TYPE.createComparator(new int[] {1, 0}, new boolean[] {true, true}, 0, CONFIG).supportsSerializedNormalizedKey());
    }
}

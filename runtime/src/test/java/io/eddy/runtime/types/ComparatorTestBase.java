package io.eddy.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared contract test every comparator passes, ascending and descending: compare,
 * compareSerialized and normalized-key order agree; references; equal keys hash equally.
 */
public abstract class ComparatorTestBase<T> {

    /** A fresh comparator under test. */
    protected abstract TypeComparator<T> createComparator(boolean ascending);

    /** A serializer for the records the comparator compares. */
    protected abstract TypeSerializer<T> createSerializer();

    /** Records with distinct keys, sorted ascending by key. */
    protected abstract T[] getSortedTestData();

    private int expectedSign(int i, int j, boolean ascending) {
        int sign = Integer.signum(Integer.compare(i, j));
        return ascending ? sign : -sign;
    }

    private byte[] bytes(T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        createSerializer().serialize(value, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void compareFollowsSortOrder(boolean ascending) {
        TypeComparator<T> comparator = createComparator(ascending);
        T[] data = getSortedTestData();
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < data.length; j++) {
                assertEquals(expectedSign(i, j, ascending), Integer.signum(comparator.compare(data[i], data[j])),
                        "compare(" + data[i] + ", " + data[j] + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void compareSerializedAgreesWithCompare(boolean ascending) throws IOException {
        TypeComparator<T> comparator = createComparator(ascending);
        T[] data = getSortedTestData();
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < data.length; j++) {
                byte[] first = bytes(data[i]);
                byte[] second = bytes(data[j]);
                DataInputDeserializer in1 = new DataInputDeserializer(first);
                DataInputDeserializer in2 = new DataInputDeserializer(second);
                assertEquals(expectedSign(i, j, ascending), Integer.signum(comparator.compareSerialized(in1, in2)),
                        "compareSerialized(" + data[i] + ", " + data[j] + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void normalizedKeysNeverContradictCompare(boolean ascending) {
        TypeComparator<T> comparator = createComparator(ascending);
        if (!comparator.supportsNormalizedKey()) {
            return;
        }
        int keyLength = Math.min(comparator.getNormalizeKeyLen(), 24);
        for (int len : new int[] {keyLength, Math.max(1, keyLength / 2)}) {
            boolean fullKey = !comparator.isNormalizedKeyPrefixOnly(len);
            T[] data = getSortedTestData();
            MemorySegment keys = MemorySegment.allocateHeap(len * data.length);
            for (int i = 0; i < data.length; i++) {
                comparator.putNormalizedKey(data[i], keys, i * len, len);
            }
            for (int i = 0; i < data.length; i++) {
                for (int j = 0; j < data.length; j++) {
                    int keyOrder = Integer.signum(keys.compare(keys, i * len, j * len, len));
                    if (comparator.invertNormalizedKey()) {
                        keyOrder = -keyOrder;
                    }
                    int expected = expectedSign(i, j, ascending);
                    if (fullKey) {
                        assertEquals(expected, keyOrder, "full normalized key of " + data[i] + " vs " + data[j]);
                    } else {
                        assertTrue(keyOrder == 0 || keyOrder == expected,
                                "normalized key prefix of " + data[i] + " vs " + data[j] + " contradicts compare");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void normalizedKeysOfSerializedRecordsAreTheObjectsKeys(boolean ascending) throws IOException {
        TypeComparator<T> comparator = createComparator(ascending);
        if (!comparator.supportsSerializedNormalizedKey()) {
            return;
        }
        int keyLength = Math.min(comparator.getNormalizeKeyLen(), 24);
        for (int len : new int[] {keyLength, Math.max(1, keyLength / 2), keyLength + 3}) {
            for (T value : getSortedTestData()) {
                MemorySegment fromObject = MemorySegment.allocateHeap(len);
                MemorySegment fromBytes = MemorySegment.allocateHeap(len);
                comparator.putNormalizedKey(value, fromObject, 0, len);
                fromBytes.put(0, new byte[len], 0, len);
                byte[] bytes = bytes(value);
                DataInputDeserializer in = new DataInputDeserializer(bytes);
                comparator.putNormalizedKeySerialized(in, fromBytes, 0, len);
                assertEquals(0, fromObject.compare(fromBytes, 0, 0, len), len + " key bytes of " + value);
                if (!comparator.isNormalizedKeyPrefixOnly(len)) {
                    assertEquals(0, in.available(), "a whole key leaves the view after the value of " + value);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void normalizedKeyPrefixIsTheFirstEightKeyBytes(boolean ascending) {
        TypeComparator<T> comparator = createComparator(ascending);
        if (!comparator.supportsNormalizedKey()) {
            return;
        }
        int bytes = Math.min(8, comparator.getNormalizeKeyLen());
        for (T value : getSortedTestData()) {
            MemorySegment expected = MemorySegment.allocateHeap(8);
            comparator.putNormalizedKey(value, expected, 0, bytes);
            MemorySegment dirtyScratch = MemorySegment.allocateHeap(8);
            dirtyScratch.putLong(0, -1L);
            assertEquals(expected.getLong(0), comparator.normalizedKeyPrefix(value, dirtyScratch), "prefix of " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void hashesOfSerializedRecordsAreTheObjectsHashes(boolean ascending) throws IOException {
        TypeComparator<T> comparator = createComparator(ascending);
        if (!comparator.supportsSerializedHash()) {
            return;
        }
        for (T value : getSortedTestData()) {
            DataInputDeserializer in = new DataInputDeserializer(bytes(value));
            assertEquals(comparator.hash(value), comparator.hashSerialized(in), "hash of " + value);
            assertEquals(0, in.available(), "the view is after the value of " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sortingByEveryMeansAgreesOnShuffledData(boolean ascending) throws IOException {
        TypeComparator<T> comparator = createComparator(ascending);
        List<T> expected = new ArrayList<>(List.of(getSortedTestData()));
        if (!ascending) {
            Collections.reverse(expected);
        }
        List<T> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(42));
        List<T> byCompare = new ArrayList<>(shuffled);
        byCompare.sort(comparator::compare);
        assertEquals(expected.size(), byCompare.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(0, comparator.compare(expected.get(i), byCompare.get(i)));
        }
        List<byte[]> serialized = new ArrayList<>();
        for (T value : shuffled) {
            serialized.add(bytes(value));
        }
        serialized.sort((a, b) -> {
            try {
                return comparator.compareSerialized(new DataInputDeserializer(a), new DataInputDeserializer(b));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        for (int i = 0; i < expected.size(); i++) {
            T value = createSerializer().deserialize(new DataInputDeserializer(serialized.get(i)));
            assertEquals(0, comparator.compare(expected.get(i), value));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void referencesMatchEqualKeysOnly(boolean ascending) {
        TypeComparator<T> comparator = createComparator(ascending);
        TypeComparator<T> other = comparator.duplicate();
        TypeSerializer<T> serializer = createSerializer();
        T[] data = getSortedTestData();
        for (int i = 0; i < data.length; i++) {
            comparator.setReference(data[i]);
            for (int j = 0; j < data.length; j++) {
                assertEquals(i == j, comparator.equalToReference(serializer.copy(data[j])));
                other.setReference(data[j]);
                assertEquals(-expectedSign(i, j, ascending), Integer.signum(comparator.compareToReference(other)),
                        "compareToReference(" + data[i] + " vs " + data[j] + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void equalKeysHashEqual(boolean ascending) throws IOException {
        TypeComparator<T> comparator = createComparator(ascending);
        TypeComparator<T> duplicate = comparator.duplicate();
        TypeSerializer<T> serializer = createSerializer();
        for (T value : getSortedTestData()) {
            T roundTripped = serializer.deserialize(new DataInputDeserializer(bytes(value)));
            assertEquals(comparator.hash(value), duplicate.hash(roundTripped));
            assertEquals(comparator.hash(value), createComparator(!ascending).hash(value));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void extractsOneValuePerFlatComparator(boolean ascending) {
        TypeComparator<T> comparator = createComparator(ascending);
        int count = comparator.getFlatComparators().length;
        assertEquals(count, comparator.getKeyCount());
        Object[] keys = new Object[count + 1];
        assertEquals(count, comparator.extractKeys(getSortedTestData()[0], keys, 1));
        assertFalse(keys[1] == null);
    }
}

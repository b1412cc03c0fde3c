package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FixedLengthAggregateTable}: sums against a model, splits, a full table, partitioned keys. */
class FixedLengthAggregateTableTest {

    private static final int PAGE = 4096;

    /** A {@code long[2]} of key and value in exactly 16 bytes. */
    static final class PairSerializer extends TypeSerializer<long[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return false;
        }

        @Override
        public PairSerializer duplicate() {
            return this;
        }

        @Override
        public long[] createInstance() {
            return new long[2];
        }

        @Override
        public long[] copy(long[] from) {
            return from.clone();
        }

        @Override
        public long[] copy(long[] from, long[] reuse) {
            System.arraycopy(from, 0, reuse, 0, 2);
            return reuse;
        }

        @Override
        public int getLength() {
            return 16;
        }

        @Override
        public void serialize(long[] record, DataOutputView target) throws IOException {
            target.writeLong(record[0]);
            target.writeLong(record[1]);
        }

        @Override
        public long[] deserialize(DataInputView source) throws IOException {
            return deserialize(new long[2], source);
        }

        @Override
        public long[] deserialize(long[] reuse, DataInputView source) throws IOException {
            reuse[0] = source.readLong();
            reuse[1] = source.readLong();
            return reuse;
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            target.writeLong(source.readLong());
            target.writeLong(source.readLong());
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof PairSerializer;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    /** Element 0 as the key: its 8 bytes are the binary key, its hash is the same from bytes and objects. */
    static final class PairKey extends InPlaceUpdateTest.PairKeyComparator {
        private static final long serialVersionUID = 1L;

        @Override
        public int binaryKeyPrefixLength(byte[] bytes, int offset) {
            return 8;
        }

        @Override
        public boolean supportsSerializedHash() {
            return true;
        }

        @Override
        public int hashSerialized(DataInputView source) throws IOException {
            return hash(new long[] {source.readLong(), 0});
        }

        @Override
        public PairKey duplicate() {
            return new PairKey();
        }
    }

    /** Adds element 1, from objects or from bytes. */
    static final InPlaceUpdater<long[]> SUM = new InPlaceUpdater<>() {
        @Override
        public int tailLength() {
            return 8;
        }

        @Override
        public void update(long[] record, MemorySegment stored, int tailOffset) {
            stored.putLong(tailOffset, stored.getLong(tailOffset) + record[1]);
        }

        @Override
        public boolean supportsSerializedRecords() {
            return true;
        }

        @Override
        public void updateSerialized(byte[] record, int recordTailOffset, MemorySegment stored, int tailOffset) {
            long incoming = 0;
            for (int i = 0; i < 8; i++) {
                incoming = (incoming << 8) | (record[recordTailOffset + i] & 0xFF);
            }
            stored.putLong(tailOffset, stored.getLong(tailOffset) + incoming);
        }
    };

    private static List<MemorySegment> pages(int n) {
        List<MemorySegment> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MemorySegment page = MemorySegment.allocateOffHeap(PAGE, null);
            for (int b = 0; b < PAGE; b++) {
                page.put(b, (byte) 0x5A); // pages come back from other operators dirty
            }
            pages.add(page);
        }
        return pages;
    }

    private static FixedLengthAggregateTable<long[]> table(int pages) {
        return new FixedLengthAggregateTable<>(new PairSerializer(), new PairKey(), pages(pages));
    }

    private static Map<Long, Long> contents(FixedLengthAggregateTable<long[]> table) throws IOException {
        Map<Long, Long> result = new HashMap<>();
        MutableObjectIterator<long[]> it = table.getEntryIterator();
        for (long[] r = it.next(); r != null; r = it.next()) {
            assertNull(result.put(r[0], r[1]), "key " + r[0] + " appears twice");
        }
        assertEquals(table.size(), result.size());
        return result;
    }

    /** Folds {@code record} in as bytes, hashed by a one-record touch as the reduce driver batches do. */
    private static boolean foldBytes(FixedLengthAggregateTable<long[]> table, long[] record) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(16);
        new PairSerializer().serialize(record, out);
        int[] hash = new int[1];
        table.touchSerialized(out.getSharedBuffer(), new int[] {0}, new int[] {16}, 1, hash);
        return table.reduceOrInsertInPlace(out.getSharedBuffer(), 0, 16, hash[0], SUM);
    }

    @Test
    void sumsMatchAModelAcrossSplitsAndAFullTableChangesNothing() throws Exception {
        for (int keySpace : new int[] {100, 3_000, 200_000}) {
            FixedLengthAggregateTable<long[]> table = table(32);
            Map<Long, Long> model = new HashMap<>();
            SplittableRandom random = new SplittableRandom(keySpace);
            int fulls = 0;
            for (int i = 0; i < 200_000; i++) {
                long[] record = {random.nextLong(keySpace) - keySpace / 2, random.nextLong(-1000, 1000)};
                boolean asBytes = random.nextBoolean();
                if (asBytes ? foldBytes(table, record) : table.reduceOrInsertInPlace(record, SUM)) {
                    model.merge(record[0], record[1], Long::sum);
                } else {
                    fulls++;
                    assertFalse(model.containsKey(record[0]), "only a new key can find the table full");
                    assertEquals(32, table.pagesInUse(), "a table is full only when it uses every page");
                    assertEquals(model, contents(table), "a full table is unchanged");
                    table.resetToEmpty();
                    assertEquals(1, table.pagesInUse());
                    assertNull(table.getEntryIterator().next());
                    model.clear();
                    assertTrue(table.reduceOrInsertInPlace(record, SUM));
                    model.put(record[0], record[1]);
                }
            }
            assertEquals(model, contents(table));
            // 32 pages of 204 slots hold 3,000 keys (after splits) but not 200,000
            assertEquals(keySpace > 10_000, fulls > 0);
            assertEquals(keySpace > 100, table.pagesInUse() > 1);
            assertEquals(32, table.close().size());
        }
    }

    @Test
    void aReduceFunctionFoldsIntoTheSlotsAsTheUpdaterDoes() throws Exception {
        for (boolean reuse : new boolean[] {false, true}) {
            FixedLengthAggregateTable<long[]> table = table(32);
            Map<Long, Long> model = new HashMap<>();
            SplittableRandom random = new SplittableRandom(reuse ? 1 : 2);
            // returns a new object, or the first argument changed
            RecordReducer<long[]> sum = (a, b) -> random.nextBoolean() ? new long[] {a[0], a[1] + b[1]} : add(a, b);
            int fulls = 0;
            for (int i = 0; i < 100_000; i++) {
                long[] record = {random.nextLong(6_000) - 3_000, random.nextLong(-1000, 1000)};
                if (table.reduceOrInsert(record, sum, reuse ? new long[2] : null)) {
                    model.merge(record[0], record[1], Long::sum);
                } else {
                    fulls++;
                    assertFalse(model.containsKey(record[0]), "only a new key can find the table full");
                    assertEquals(model, contents(table), "a full table is unchanged");
                    table.resetToEmpty();
                    model.clear();
                }
            }
            assertTrue(fulls > 0, "6,000 keys overflow 32 pages");
            assertEquals(model, contents(table));
            table.close();
        }
    }

    private static long[] add(long[] a, long[] b) {
        a[1] += b[1];
        return a;
    }

    @Test
    void keysThatSharedAHashPartitionStillSpreadOverEveryPage() throws Exception {
        // a hash exchange sends a task only keys whose spread hash is, say, even: the table must
        // not then leave half of its pages or slots unused
        FixedLengthAggregateTable<long[]> table = table(16);
        PairKey key = new PairKey();
        long stored = 0;
        for (long k = 0; ; k++) {
            long[] record = {k, 1};
            if ((Hashing.murmur3Mix(key.hash(record)) & 1) != 0) {
                continue;
            }
            if (!table.reduceOrInsertInPlace(record, SUM)) {
                break;
            }
            stored++;
        }
        int slots = 16 * (PAGE / 20);
        assertEquals(16, table.pagesInUse());
        assertTrue(stored > 0.45 * slots, stored + " keys in " + slots + " slots");
        assertEquals(stored, contents(table).size());
    }

    @Test
    void recordsOfAnotherShapeAreRejected() throws Exception {
        assertTrue(FixedLengthAggregateTable.fits(16, PAGE));
        assertFalse(FixedLengthAggregateTable.fits(-1, PAGE));
        assertFalse(FixedLengthAggregateTable.fits(PAGE / 8, PAGE));
        assertThrows(IllegalArgumentException.class, () -> new FixedLengthAggregateTable<>(
                LongPrimitiveArraySerializer.INSTANCE, new PairKey(), pages(4)));
        FixedLengthAggregateTable<long[]> table = table(4);
        InPlaceUpdater<long[]> wrongTail = new InPlaceUpdater<>() {
            @Override
            public int tailLength() {
                return 4;
            }

            @Override
            public void update(long[] record, MemorySegment stored, int tailOffset) {
            }
        };
        assertThrows(IllegalArgumentException.class, () -> table.reduceOrInsertInPlace(new long[] {1, 2}, wrongTail));
        assertTrue(table.reduceOrInsertInPlace(new long[] {1, 2}, SUM));
        assertThrows(IllegalArgumentException.class, () -> table.reduceOrInsertInPlace(new byte[12], 0, 12, 5, SUM));
        assertEquals(Map.of(1L, 2L), contents(table));
        table.close();
        assertThrows(IllegalStateException.class, () -> table.reduceOrInsertInPlace(new long[] {1, 2}, SUM));
    }
}

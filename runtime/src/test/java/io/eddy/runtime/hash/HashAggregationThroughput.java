package io.eddy.runtime.hash;

import io.eddy.runtime.hash.TestComparators.KeyOnlyComparator;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.StringComparator;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures {@link InPlaceMutableHashTable#reduceOrInsert} throughput: 20M records over 100k
 * Zipf-distributed keys (exponent 1), each carrying a {@code long[2]} that is summed per key, once
 * with long keys and once with string keys. A manual measurement, not a test:
 * {@code java -cp <runtime test classpath> io.eddy.runtime.hash.HashAggregationThroughput}.
 */
public final class HashAggregationThroughput {

    private static final int KEYS = 100_000;
    private static final int RECORDS = 20_000_000;

    /** A mutable aggregation record: a key and two sums. */
    static final class Counts<K> {
        K key;
        final long[] values = new long[2];
    }

    /** Serializes {@link Counts} into a reused instance; the key through {@code keySerializer}. */
    static final class CountsSerializer<K> extends TypeSerializer<Counts<K>> {
        private static final long serialVersionUID = 1L;
        private final TypeSerializer<K> keySerializer;

        CountsSerializer(TypeSerializer<K> keySerializer) {
            this.keySerializer = keySerializer;
        }

        @Override public boolean isImmutableType() { return false; }
        @Override public CountsSerializer<K> duplicate() { return this; }
        @Override public Counts<K> createInstance() { return new Counts<>(); }
        @Override public Counts<K> copy(Counts<K> from) { return copy(from, new Counts<>()); }
        @Override public Counts<K> copy(Counts<K> from, Counts<K> reuse) {
            reuse.key = from.key;
            reuse.values[0] = from.values[0];
            reuse.values[1] = from.values[1];
            return reuse;
        }
        @Override public int getLength() { return -1; }
        @Override public void serialize(Counts<K> record, DataOutputView target) throws IOException {
            keySerializer.serialize(record.key, target);
            target.writeLong(record.values[0]);
            target.writeLong(record.values[1]);
        }
        @Override public Counts<K> deserialize(DataInputView source) throws IOException {
            return deserialize(new Counts<>(), source);
        }
        @Override public Counts<K> deserialize(Counts<K> reuse, DataInputView source) throws IOException {
            reuse.key = keySerializer.deserialize(reuse.key, source);
            reuse.values[0] = source.readLong();
            reuse.values[1] = source.readLong();
            return reuse;
        }
        @Override public void copy(DataInputView source, DataOutputView target) throws IOException {
            keySerializer.copy(source, target);
            target.write(source, 16);
        }
        @Override public boolean equals(Object obj) { return obj == this; }
        @Override public int hashCode() { return 1; }
    }

    /** An aggregation record with a primitive long key: nothing is boxed when it is read back. */
    static final class LongCounts {
        long key;
        final long[] values = new long[2];
    }

    /** Serializes {@link LongCounts} as 24 bytes into a reused instance. */
    static final class LongCountsSerializer extends TypeSerializer<LongCounts> {
        private static final long serialVersionUID = 1L;
        @Override public boolean isImmutableType() { return false; }
        @Override public LongCountsSerializer duplicate() { return this; }
        @Override public LongCounts createInstance() { return new LongCounts(); }
        @Override public LongCounts copy(LongCounts from) { return copy(from, new LongCounts()); }
        @Override public LongCounts copy(LongCounts from, LongCounts reuse) {
            reuse.key = from.key;
            reuse.values[0] = from.values[0];
            reuse.values[1] = from.values[1];
            return reuse;
        }
        @Override public int getLength() { return 24; }
        @Override public void serialize(LongCounts record, DataOutputView target) throws IOException {
            target.writeLong(record.key);
            target.writeLong(record.values[0]);
            target.writeLong(record.values[1]);
        }
        @Override public LongCounts deserialize(DataInputView source) throws IOException {
            return deserialize(new LongCounts(), source);
        }
        @Override public LongCounts deserialize(LongCounts reuse, DataInputView source) throws IOException {
            reuse.key = source.readLong();
            reuse.values[0] = source.readLong();
            reuse.values[1] = source.readLong();
            return reuse;
        }
        @Override public void copy(DataInputView source, DataOutputView target) throws IOException { target.write(source, 24); }
        @Override public boolean equals(Object obj) { return obj == this; }
        @Override public int hashCode() { return 2; }
    }

    /** Compares {@link LongCounts} by key, hashing like a {@code Long} key. */
    static final class LongCountsComparator extends KeyOnlyComparator<LongCounts> {
        private static final long serialVersionUID = 1L;
        private long reference;
        @Override public int hash(LongCounts record) { return Long.hashCode(record.key); }
        @Override public void setReference(LongCounts toCompare) { reference = toCompare.key; }
        @Override public boolean equalToReference(LongCounts candidate) { return candidate.key == reference; }
        @Override public int compare(LongCounts first, LongCounts second) { return Long.compare(first.key, second.key); }
        @Override public LongCountsComparator duplicate() { return new LongCountsComparator(); }
        @Override public int extractKeys(Object record, Object[] target, int index) {
            target[index] = ((LongCounts) record).key;
            return 1;
        }
        @Override @SuppressWarnings("rawtypes") public TypeComparator[] getFlatComparators() { return new TypeComparator[] {new LongComparator(true)}; }
    }

    /** Compares {@link Counts} by key with the key's basic comparator. */
    static final class CountsComparator<K> extends KeyOnlyComparator<Counts<K>> {
        private static final long serialVersionUID = 1L;
        private final TypeComparator<K> keyComparator;

        CountsComparator(TypeComparator<K> keyComparator) {
            this.keyComparator = keyComparator;
        }

        @Override public int hash(Counts<K> record) { return keyComparator.hash(record.key); }
        @Override public void setReference(Counts<K> toCompare) { keyComparator.setReference(toCompare.key); }
        @Override public boolean equalToReference(Counts<K> candidate) { return keyComparator.equalToReference(candidate.key); }
        @Override public int compare(Counts<K> first, Counts<K> second) { return keyComparator.compare(first.key, second.key); }
        @Override public CountsComparator<K> duplicate() { return new CountsComparator<>(keyComparator.duplicate()); }
        @Override public int extractKeys(Object record, Object[] target, int index) {
            target[index] = ((Counts<?>) record).key;
            return 1;
        }
        @Override @SuppressWarnings("rawtypes") public TypeComparator[] getFlatComparators() { return new TypeComparator[] {keyComparator}; }
    }

    private HashAggregationThroughput() {}

    public static void main(String[] args) throws Exception {
        int[] keyIndexes = zipfSample(RECORDS, KEYS, 1.0, new SplittableRandom(42));
        long[] longKeys = new long[KEYS];
        String[] stringKeys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            longKeys[i] = i * 7_919L;
            stringKeys[i] = "customer-" + Integer.toHexString(i * 7_919);
        }
        for (int round = 0; round < 3; round++) {
            report("long keys  ", runLongKeys(longKeys, keyIndexes));
            report("string keys", run(new CountsSerializer<>(StringSerializer.INSTANCE),
                    new CountsComparator<>(new StringComparator(true)), stringKeys, keyIndexes));
        }
    }

    private static void report(String what, double recordsPerSecond) {
        System.out.printf("%s: %.1f M records/s%n", what, recordsPerSecond / 1e6);
    }

    /** Variant for any key type; the key is deserialized as a new object per candidate (strings are immutable). */
    private static <K> double run(TypeSerializer<Counts<K>> serializer, TypeComparator<Counts<K>> comparator, K[] keys, int[] keyIndexes) throws Exception {
        InPlaceMutableHashTable<Counts<K>> table = new InPlaceMutableHashTable<>(serializer, comparator, memory());
        table.open();
        RecordReducer<Counts<K>> sum = (aggregate, record) -> {
            aggregate.values[0] += record.values[0];
            aggregate.values[1] += record.values[1];
            return aggregate;
        };
        Counts<K> record = new Counts<>();
        Counts<K> reuse = new Counts<>();
        long start = System.nanoTime();
        for (int i = 0; i < keyIndexes.length; i++) {
            record.key = keys[keyIndexes[i]];
            record.values[0] = 1;
            record.values[1] = i;
            if (!table.reduceOrInsert(record, sum, reuse)) {
                throw new IllegalStateException("table full");
            }
        }
        long elapsed = System.nanoTime() - start;
        long count = 0;
        MutableObjectIterator<Counts<K>> it = table.getEntryIterator();
        for (Counts<K> c = it.next(reuse); c != null; c = it.next(reuse)) {
            count += c.values[0];
        }
        if (count != keyIndexes.length) {
            throw new AssertionError("counted " + count);
        }
        table.close();
        return keyIndexes.length / (elapsed / 1e9);
    }

    private static double runLongKeys(long[] keys, int[] keyIndexes) throws Exception {
        InPlaceMutableHashTable<LongCounts> table = new InPlaceMutableHashTable<>(new LongCountsSerializer(), new LongCountsComparator(), memory());
        table.open();
        RecordReducer<LongCounts> sum = (aggregate, record) -> {
            aggregate.values[0] += record.values[0];
            aggregate.values[1] += record.values[1];
            return aggregate;
        };
        LongCounts record = new LongCounts();
        LongCounts reuse = new LongCounts();
        long start = System.nanoTime();
        for (int i = 0; i < keyIndexes.length; i++) {
            record.key = keys[keyIndexes[i]];
            record.values[0] = 1;
            record.values[1] = i;
            if (!table.reduceOrInsert(record, sum, reuse)) {
                throw new IllegalStateException("table full");
            }
        }
        long elapsed = System.nanoTime() - start;
        long count = 0;
        MutableObjectIterator<LongCounts> it = table.getEntryIterator();
        for (LongCounts c = it.next(reuse); c != null; c = it.next(reuse)) {
            count += c.values[0];
        }
        if (count != keyIndexes.length) {
            throw new AssertionError("counted " + count);
        }
        table.close();
        return keyIndexes.length / (elapsed / 1e9);
    }

    private static List<MemorySegment> memory() {
        List<MemorySegment> memory = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            memory.add(MemorySegment.allocateOffHeap(32 * 1024, null));
        }
        return memory;
    }

    /** Indexes in [0, n) with P(i) proportional to 1 / (i + 1)^s, then scattered by a fixed permutation. */
    private static int[] zipfSample(int count, int n, double s, SplittableRandom random) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / Math.pow(i + 1, s);
            cumulative[i] = total;
        }
        int[] permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        int[] sample = new int[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            sample[i] = permutation[lo];
        }
        return sample;
    }
}

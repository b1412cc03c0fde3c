package io.eddy.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The generated inputs of the managed-memory benchmarks, defined record by record so that the
 * plain-Java baselines and the DataSet programs produce exactly the same data without files:
 * <ul>
 *   <li>sort: record {@code i} is a 10-character key and a 90-character value (100 bytes of ASCII);</li>
 *   <li>join: build row {@code i} is {@code (i, payload(i))}; probe row {@code j} is
 *       {@code (foreignKey(j), amount(j))}, four in five of which find a build row;</li>
 *   <li>groupBy: row {@code i} is {@code (groupKey(i), 1)} over a given number of distinct keys.</li>
 * </ul>
 * Results are checked by an order-independent checksum (and, for the sort, an order check).
 */
final class MemoryData {

    static final int KEY_LENGTH = 10;
    static final int VALUE_LENGTH = 90;
    static final int RECORD_LENGTH = KEY_LENGTH + VALUE_LENGTH;

    private MemoryData() {
    }

    /** A 64-bit mix (the SplitMix64 finalizer): a cheap, well-spread function of {@code x}. */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Writes the 100 bytes of sort record {@code i} into {@code target} at {@code offset}. */
    static void sortRecord(long i, byte[] target, int offset) {
        long bits = mix(i);
        for (int k = 0; k < KEY_LENGTH; k++) {
            target[offset + k] = (byte) ('a' + (int) Long.remainderUnsigned(bits, 26));
            bits = Long.divideUnsigned(bits, 26);
        }
        long n = i;
        for (int k = RECORD_LENGTH - 1; k >= KEY_LENGTH; k--) {
            target[offset + k] = (byte) ('0' + (int) (n % 10));
            n /= 10;
        }
    }

    /** Java's String hash over ASCII bytes, so that bytes and strings agree. */
    static int asciiHash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + bytes[k];
        }
        return h;
    }

    /** The checksum contribution of one sort record, from its key and value hashes. */
    static long sortChecksum(int keyHash, int valueHash) {
        return mix(keyHash * 31L + valueHash);
    }

    static long payload(long buildKey) {
        return buildKey * 7 % 1000;
    }

    /** Four in five foreign keys hit one of {@code buildRows} build keys. */
    static long foreignKey(long j, long buildRows) {
        return Long.remainderUnsigned(mix(j), buildRows + buildRows / 4);
    }

    static long amount(long j) {
        return j % 100;
    }

    static long groupKey(long i, long distinctKeys) {
        return Long.remainderUnsigned(mix(i ^ 0x5EEDL), distinctKeys);
    }

    /** Milliseconds all collectors of this JVM have spent so far. */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}

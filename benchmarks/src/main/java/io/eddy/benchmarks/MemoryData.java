package io.eddy.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The generated inputs of the managed-memory benchmarks, defined record by record so that the
 * plain-Java baselines and the DataSet programs produce exactly the same data without files:
 * <ul>
 *   <li>sort: record {@code i} is a 10-character key and a 90-character value (100 bytes of ASCII);</li>
 *   <li>join: build row {@code i} is {@code (i, payload(i))}; probe row {@code j} is
 *       {@code (foreignKey(j), amount(j))}, four in five of which find a build row;</li>
 *   <li>groupBy: row {@code i} is {@code (groupKey(i), 1)} over a given number of distinct keys;</li>
 *   <li>group+join: record {@code i} is {@code (factKey(i), factPayload(i))}, a key of 8 bytes and a
 *       payload of 92 ASCII characters (100 bytes); dimension row {@code k} is
 *       {@code (k, dimensionName(k))} for the first {@link #dimensionRows} keys.</li>
 * </ul>
 * Results are checked by an order-independent checksum (and, for the sort, an order check).
 */
final class MemoryData {

    static final int KEY_LENGTH = 10;
    static final int VALUE_LENGTH = 90;
    static final int RECORD_LENGTH = KEY_LENGTH + VALUE_LENGTH;
    /** The payload of a group+join record; with its 8-byte key the record has 100 bytes. */
    static final int PAYLOAD_LENGTH = 92;
    /** The length of a dimension row's name. */
    static final int NAME_LENGTH = 16;

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

    /** The group+join key of record {@code i}, one of {@code keys}; a different spread than {@link #groupKey}. */
    static long factKey(long i, long keys) {
        return Long.remainderUnsigned(mix(i ^ 0xFAC7L), keys);
    }

    /** Writes the 92-character payload of group+join record {@code i}: 12 letters, then {@code i} in 80 digits. */
    static void factPayload(long i, byte[] target, int offset) {
        long bits = mix(i + 0x9A71L);
        for (int k = 0; k < 12; k++) {
            target[offset + k] = (byte) ('a' + (int) Long.remainderUnsigned(bits, 26));
            bits = Long.divideUnsigned(bits, 26);
        }
        long n = i;
        for (int k = PAYLOAD_LENGTH - 1; k >= 12; k--) {
            target[offset + k] = (byte) ('0' + (int) (n % 10));
            n /= 10;
        }
    }

    /** The dimension table has a row for four in five of the {@code keys} group+join keys: 0 .. rows - 1. */
    static long dimensionRows(long keys) {
        return keys - keys / 5;
    }

    /** The 16-letter name of dimension row {@code key}. */
    static String dimensionName(long key) {
        char[] name = new char[NAME_LENGTH];
        long bits = mix(key ^ 0xD1L);
        for (int k = 0; k < NAME_LENGTH; k++) {
            name[k] = (char) ('A' + (int) Long.remainderUnsigned(bits, 26));
            // 13 letters use up the 64 bits; remix for the rest
            bits = k == 12 ? mix(bits ^ key) : Long.divideUnsigned(bits, 26);
        }
        return new String(name);
    }

    /** The checksum of one joined group: its records' {@code mix(payload hash)} sum and its name's hash. */
    static long groupJoinChecksum(long count, long payloadHashes, int nameHash) {
        return payloadHashes + count * mix(nameHash);
    }

    /** Milliseconds all collectors of this JVM have spent so far. */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /**
     * CPU time this process has used so far, all threads (the engine's, the JIT's and the collectors'),
     * in milliseconds; -1 where the JVM cannot tell. Divided by the wall time it is the cores kept busy.
     */
    static long cpuMillis() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long nanos = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }
}

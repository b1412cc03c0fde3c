package io.eddy.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plain-Java baselines of the managed-memory benchmarks: everything in the heap, primitive arrays
 * and hand-written hash tables, two threads where the work splits. What the JVM can do with enough
 * heap and no engine; the engines run the same computations with managed memory far smaller than
 * the data.
 *
 * <p>Usage: {@code MemoryBaselines sort|join|groupby|groupjoin --records N [--build-rows N] [--keys N]};
 * prints {@code result <checksum>}, {@code job-ms <ms>}, {@code gc-ms <ms>} and {@code cpu-ms <ms>}
 * (the process's CPU time during the job). The class comment of {@link EddyMemoryJobs} (the port of
 * the Flink program {@code FlinkMemoryJobs}) defines the jobs.
 */
public final class MemoryBaselines {

    private MemoryBaselines() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 1);
        long records = arguments.getLong("records", 1_000_000);
        long gcBefore = MemoryData.gcMillis();
        long cpuBefore = MemoryData.cpuMillis();
        long started = System.nanoTime();
        String result = switch (arguments.positional(0)) {
            case "sort" -> sort(records);
            case "join" -> join(arguments.getLong("build-rows", records / 10), records);
            case "groupby" -> groupBy(records, arguments.getLong("keys", records / 2));
            case "groupjoin" -> groupJoin(records, arguments.getLong("keys", records / 50));
            default -> throw new IllegalArgumentException("unknown job " + arguments.positional(0));
        };
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = MemoryData.cpuMillis() - cpuBefore;
        System.out.println("result " + result);
        System.out.println("job-ms " + millis);
        System.out.println("gc-ms " + (MemoryData.gcMillis() - gcBefore));
        System.out.println("cpu-ms " + cpuMillis);
    }

    /** Sorts 100-byte records by their 10-byte key in the heap; checks the order and sums the checksum. */
    static String sort(long n) {
        byte[][] records = new byte[Math.toIntExact(n)][];
        for (int i = 0; i < records.length; i++) {
            byte[] record = new byte[MemoryData.RECORD_LENGTH];
            MemoryData.sortRecord(i, record, 0);
            records[i] = record;
        }
        Arrays.sort(records, (a, b) -> Arrays.compareUnsigned(a, 0, MemoryData.KEY_LENGTH, b, 0, MemoryData.KEY_LENGTH));
        long checksum = 0;
        for (int i = 0; i < records.length; i++) {
            byte[] r = records[i];
            if (i > 0 && Arrays.compareUnsigned(records[i - 1], 0, MemoryData.KEY_LENGTH, r, 0, MemoryData.KEY_LENGTH) > 0) {
                throw new IllegalStateException("not sorted at " + i);
            }
            checksum += MemoryData.sortChecksum(MemoryData.asciiHash(r, 0, MemoryData.KEY_LENGTH),
                    MemoryData.asciiHash(r, MemoryData.KEY_LENGTH, MemoryData.RECORD_LENGTH));
        }
        return n + " " + checksum;
    }

    /** Hash join of {@code buildRows} build rows with {@code probeRows} probe rows; count and sum of matches. */
    static String join(long buildRows, long probeRows) throws Exception {
        LongLongTable table = new LongLongTable(buildRows);
        for (long i = 0; i < buildRows; i++) {
            table.put(i, MemoryData.payload(i));
        }
        List<long[]> partials = inTwoThreads(probeRows, (from, to) -> {
            long count = 0;
            long sum = 0;
            for (long j = from; j < to; j++) {
                long payload = table.get(MemoryData.foreignKey(j, buildRows));
                if (payload >= 0) {
                    count++;
                    sum += payload + MemoryData.amount(j);
                }
            }
            return new long[] {count, sum};
        });
        return (partials.get(0)[0] + partials.get(1)[0]) + " " + (partials.get(0)[1] + partials.get(1)[1]);
    }

    /** Counts the rows per key; returns the number of groups and the sum of key * count. */
    static String groupBy(long rows, long keys) {
        LongLongTable counts = new LongLongTable(keys);
        for (long i = 0; i < rows; i++) {
            counts.add(MemoryData.groupKey(i, keys), 1);
        }
        long[] summary = new long[2];
        counts.forEach((key, count) -> {
            summary[0]++;
            summary[1] += key * count;
        });
        return summary[0] + " " + summary[1];
    }

    /**
     * The group+join: per key, the record count and the sum of {@code mix(payload hash)} in arrays
     * indexed by key (the keys are 0 .. keys - 1), one pair per thread and added up; then every key
     * with records and a dimension row contributes. No record is kept, so this needs no sort at all.
     */
    static String groupJoin(long records, long keys) throws Exception {
        int keyCount = Math.toIntExact(keys);
        List<long[]> done = inTwoThreads(records, (from, to) -> {
            long[] countsAndHashes = new long[2 * keyCount];
            byte[] payload = new byte[MemoryData.PAYLOAD_LENGTH];
            for (long i = from; i < to; i++) {
                int key = (int) MemoryData.factKey(i, keys);
                MemoryData.factPayload(i, payload, 0);
                countsAndHashes[2 * key]++;
                countsAndHashes[2 * key + 1] += MemoryData.mix(MemoryData.asciiHash(payload, 0, payload.length));
            }
            return countsAndHashes;
        });
        long[] first = done.get(0);
        long[] second = done.get(1);
        long groups = 0;
        long rows = 0;
        long checksum = 0;
        long dimensionRows = MemoryData.dimensionRows(keys);
        for (int key = 0; key < Math.min(keyCount, dimensionRows); key++) {
            long count = first[2 * key] + second[2 * key];
            if (count > 0) {
                groups++;
                rows += count;
                checksum += MemoryData.groupJoinChecksum(count, first[2 * key + 1] + second[2 * key + 1],
                        MemoryData.dimensionName(key).hashCode());
            }
        }
        return groups + " " + rows + " " + checksum;
    }

    private interface RangeTask {
        long[] run(long from, long to) throws Exception;
    }

    private static List<long[]> inTwoThreads(long n, RangeTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<long[]> first = pool.submit(() -> task.run(0, n / 2));
            Future<long[]> second = pool.submit(() -> task.run(n / 2, n));
            List<long[]> results = new ArrayList<>();
            results.add(first.get());
            results.add(second.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Open addressing from non-negative long keys to non-negative long values; -1 means absent. */
    static final class LongLongTable {
        interface Visitor {
            void visit(long key, long value);
        }

        private final long[] keys;
        private final long[] values;
        private final int mask;

        LongLongTable(long expected) {
            int capacity = Integer.highestOneBit((int) Math.min(1L << 30, Math.max(16, expected * 2))) << 1;
            keys = new long[capacity];
            values = new long[capacity];
            Arrays.fill(keys, -1);
            mask = capacity - 1;
        }

        private int slot(long key) {
            int slot = (int) MemoryData.mix(key) & mask;
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        void put(long key, long value) {
            int slot = slot(key);
            keys[slot] = key;
            values[slot] = value;
        }

        void add(long key, long delta) {
            int slot = slot(key);
            if (keys[slot] == -1) {
                keys[slot] = key;
                values[slot] = delta;
            } else {
                values[slot] += delta;
            }
        }

        long get(long key) {
            int slot = slot(key);
            return keys[slot] == -1 ? -1 : values[slot];
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1) {
                    visitor.visit(keys[i], values[i]);
                }
            }
        }
    }
}

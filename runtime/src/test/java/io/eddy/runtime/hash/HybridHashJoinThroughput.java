package io.eddy.runtime.hash;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures the hybrid hash join on 1M build x 10M probe {@code Long} records (every probe record
 * matches one build record), once with memory for the whole build side and once with a tenth of
 * the build side's serialized size, probing one record at a time and in batches. Not a test: run it by hand, e.g.
 * {@code java -cp <runtime classes, test classes, dependencies> io.eddy.runtime.hash.HybridHashJoinThroughput [build] [probe]}.
 */
public final class HybridHashJoinThroughput {

    private static final int PAGE = MemoryManager.DEFAULT_PAGE_SIZE;
    /** Bytes a build record takes in memory: header, Long and its index share. */
    private static final int BUILD_RECORD_BYTES = 4 + 8;

    private HybridHashJoinThroughput() {}

    public static void main(String[] args) throws Exception {
        int build = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int probe = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        long buildBytes = (long) build * BUILD_RECORD_BYTES;
        int inMemoryPages = (int) (2 * buildBytes / PAGE) + 64;
        int tenthPages = Math.max(HybridHashJoin.MIN_PAGES, (int) (buildBytes / 10 / PAGE));
        Path dir = Files.createTempDirectory("hash-join-throughput");
        MemoryManager memory = new MemoryManager((long) inMemoryPages * PAGE, PAGE, true);
        try (IOManager io = new IOManager(dir.toString())) {
            for (int round = 0; round < 3; round++) {
                run("in memory", memory, io, inMemoryPages, build, probe, 1);
                run("in memory, batches", memory, io, inMemoryPages, build, probe, PROBE_BATCH);
                run("memory 1/10 of build", memory, io, tenthPages, build, probe, PROBE_BATCH);
            }
        } finally {
            memory.shutdown();
            Files.deleteIfExists(dir);
        }
    }

    /** Probe records per {@link HybridHashJoin#probeBatch}, as the join driver collects them. */
    private static final int PROBE_BATCH = 32;

    private static void run(String name, MemoryManager memory, IOManager io, int pages, int build, int probe, int batch)
            throws Exception {
        List<MemorySegment> given = memory.allocatePages(HybridHashJoinThroughput.class, pages);
        HybridHashJoin<Long, Long> join = new HybridHashJoin<>(LongSerializer.INSTANCE, new LongComparator(true),
                LongSerializer.INSTANCE, new LongComparator(true),
                new GenericPairComparator<>(new LongComparator(true), new LongComparator(true)), given, io, false, false);
        long[] result = new long[2];
        JoinVisitor<Long, Long> visitor = (b, p) -> {
            result[0]++;
            result[1] += b;
        };
        SplittableRandom random = new SplittableRandom(42);
        long start = System.nanoTime();
        long probeStart;
        try {
            for (long i = 0; i < build; i++) {
                join.insertBuild(i);
            }
            join.finishBuild();
            probeStart = System.nanoTime();
            Long[] records = new Long[batch];
            for (int i = 0; i < probe; ) {
                if (batch == 1) {
                    join.probe(random.nextLong(build), visitor);
                    i++;
                    continue;
                }
                int n = Math.min(batch, probe - i);
                for (int j = 0; j < n; j++) {
                    records[j] = random.nextLong(build);
                }
                join.probeBatch(records, n, visitor);
                i += n;
            }
            join.finishProbe(visitor);
        } finally {
            memory.release(join.close());
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        System.out.printf("%-22s %5d pages: %,d matches, build %.2f s, probe %.2f s, total %.2f s = %,.0f records/s;"
                        + " spilled partitions %d, depth %d, nested loop %b, %,d bytes spilled%n",
                name, pages, result[0], (probeStart - start) / 1e9, (end - probeStart) / 1e9, seconds,
                (build + probe) / seconds, join.getSpilledPartitions(), join.getMaxRecursionDepth(),
                join.isNestedLoopFallbackUsed(), join.getBytesSpilled());
    }
}

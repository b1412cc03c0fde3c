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
 * Measures the passes of a re-openable hybrid hash join as the late supersteps of a delta iteration
 * run them: a build side of {@code build} {@code Long} records over {@code keys} keys, mostly spilled
 * (it gets {@code pages} pages), probed first by every key and then, pass after pass, by only
 * {@code probes} random keys, so that the spilled pairs are joined from their probe sides and nearly
 * every build record read is skipped. Prints each pass's time and its time per build record. Not a
 * test: run it by hand, e.g. {@code java -cp <runtime classes, test classes, dependencies>
 * io.eddy.runtime.hash.HybridHashJoinReopenThroughput [build] [keys] [probes] [pages] [passes]}.
 */
public final class HybridHashJoinReopenThroughput {

    private HybridHashJoinReopenThroughput() {}

    public static void main(String[] args) throws Exception {
        int build = args.length > 0 ? Integer.parseInt(args[0]) : 16_000_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int probes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int pages = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        int page = MemoryManager.DEFAULT_PAGE_SIZE;
        Path dir = Files.createTempDirectory("hash-join-reopen-throughput");
        MemoryManager memory = new MemoryManager((long) pages * page, page, true);
        try (IOManager io = new IOManager(dir.toString())) {
            List<MemorySegment> given = memory.allocatePages(HybridHashJoinReopenThroughput.class, pages);
            HybridHashJoin<Long, Long> join = new HybridHashJoin<>(LongSerializer.INSTANCE, new LongComparator(true),
                    LongSerializer.INSTANCE, new LongComparator(true),
                    new GenericPairComparator<>(new LongComparator(true), new LongComparator(true)), given, io,
                    false, false, true);
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < build; i++) {
                join.insertBuild((long) random.nextInt(keys));
            }
            join.finishBuild();
            long[] matches = new long[1];
            JoinVisitor<Long, Long> visitor = (b, p) -> matches[0]++;
            for (int pass = 0; pass < passes; pass++) {
                if (pass > 0) {
                    join.reopenProbe();
                }
                long started = System.nanoTime();
                long before = matches[0];
                int n = pass == 0 ? keys : probes;
                for (int i = 0; i < n; i++) {
                    join.probe((long) (pass == 0 ? i : random.nextInt(keys)), visitor);
                }
                join.finishProbe(visitor);
                long nanos = System.nanoTime() - started;
                System.out.printf("pass %d: %d probe records, %d matches, %.1f ms, %.2f ns per build record;"
                                + " %d partitions spilled, %d pairs joined from the probe side so far%n", pass, n,
                        matches[0] - before, nanos / 1e6, nanos / (double) build, join.getSpilledPartitions(),
                        join.getPairsJoinedFromProbeSide());
            }
            memory.release(join.close());
        } finally {
            memory.shutdown();
            Files.deleteIfExists(dir);
        }
    }
}

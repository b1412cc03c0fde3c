package io.eddy.runtime.hash;

import static io.eddy.runtime.hash.JoinCheck.records;
import static io.eddy.runtime.hash.JoinCheck.skewed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.LongComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import io.eddy.runtime.types.LongSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hybrid hash join against a reference model (every build record grouped by key, every probe
 * record looked up in the groups) on random data, in memory, spilled, recursively re-partitioned
 * and through the nested-loop fallback, for inner and outer joins; plus cleanup after failures.
 * Records are {@code long[]{key, id}} so that every match and every unmatched record is identified.
 */
class HybridHashJoinTest extends HashJoinTestBase {

    // ------------------------------------------------------------------ tests

    @Test
    void buildFitsInMemory() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        Outcome outcome = joinAndCheck(records(random, 2_000, 3_000), records(random, 5_000, 3_000), 64, false, false);
        assertEquals(0, outcome.spilledPartitions);
        assertEquals(0, outcome.bytesSpilled);
        assertFalse(outcome.nestedLoop);
        assertEquals(0, outcome.probeSpilledAsBytes, "nothing spilled, so probe records stay objects");
    }

    @Test
    void buildTwentyTimesLargerThanMemorySpillsAndRecurses() throws Exception {
        SplittableRandom random = new SplittableRandom(2);
        // 16 pages of 4 KiB = 64 KiB; 55,000 build records of 24 bytes are about 20 times that
        Outcome outcome = joinAndCheck(records(random, 55_000, 40_000), records(random, 30_000, 40_000), 16, false, false);
        assertTrue(outcome.spilledPartitions > 0);
        assertTrue(outcome.maxRecursionDepth >= 1, "depth " + outcome.maxRecursionDepth);
        assertFalse(outcome.nestedLoop);
        assertTrue(outcome.bytesSpilled > 55_000L * 24);
        assertTrue(outcome.probeSpilledAsBytes > 0, "probe records of spilled partitions went to disk as bytes");
    }

    @Test
    void oneKeyHoldingHalfOfBothInputsFallsBackToNestedLoops() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        // more probe than build records: the pair cannot be joined from its probe side instead
        List<long[]> build = skewed(random, 2_000, 1_000);
        List<long[]> probe = skewed(random, 2_200, 1_000);
        Outcome outcome = joinAndCheck(build, probe, 12, false, false);
        assertTrue(outcome.nestedLoop);
        assertTrue(outcome.matches >= 1_000L * 1_100);
    }

    @Test
    void smallProbeSidesOfSpilledPairsAreIndexedInsteadOfTheirBuildSides() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<long[]> build = records(random, 55_000, 40_000);
        // a third of the probe keys have no build record: probe-outer joins report them
        List<long[]> probe = records(random, 3_000, 60_000);
        for (boolean[] type : new boolean[][] {{false, false}, {true, false}, {false, true}, {true, true}}) {
            Outcome outcome = joinAndCheck(build, probe, 16, type[0], type[1]);
            assertTrue(outcome.spilledPartitions > 0);
            assertTrue(outcome.pairsFromProbeSide > 0, "pairs joined from their probe side");
            assertEquals(0, outcome.maxRecursionDepth, "no pair needed re-partitioning");
            assertTrue(outcome.probeUnmatched > 0 == type[0] && outcome.buildUnmatched > 0 == type[1]);
        }
    }

    @Test
    void aBuildRecordJoinedFromTheProbeSideIsANewObjectForEveryMatch() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        List<long[]> build = records(random, 40_000, 1_000_000);
        List<long[]> probe = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long key = build.get(i * 37)[0];
            probe.add(new long[] {key, 2L * i});
            probe.add(new long[] {key, 2L * i + 1});
        }
        List<MemorySegment> given = memory.allocatePages(this, 16);
        HybridHashJoin<long[], long[]> join = newJoin(given, false, false, false);
        Set<long[]> handedOver = Collections.newSetFromMap(new IdentityHashMap<>());
        long[] matches = {0};
        try {
            for (long[] r : build) {
                join.insertBuild(r);
            }
            join.finishBuild();
            JoinVisitor<long[], long[]> visitor = (b, p) -> {
                assertEquals(b[0], p[0]);
                matches[0]++;
                handedOver.add(b);
            };
            for (long[] r : probe) {
                join.probe(r, visitor);
            }
            join.finishProbe(visitor);
            assertTrue(join.getPairsJoinedFromProbeSide() > 0);
        } finally {
            memory.release(join.close());
        }
        assertTrue(matches[0] >= 2_000, "every probe record matched at least its build record");
        assertEquals(matches[0], handedOver.size(), "build objects handed over more than once");
    }

    @Test
    void skewedOuterJoinReportsEveryUnmatchedRecordOnceAcrossBlocks() throws Exception {
        SplittableRandom random = new SplittableRandom(4);
        // keys of half the records are spread widely, so many find no partner on the other side
        List<long[]> build = skewed(random, 2_000, 50_000);
        List<long[]> probe = skewed(random, 2_200, 50_000);
        Outcome outcome = joinAndCheck(build, probe, 12, true, true);
        assertTrue(outcome.nestedLoop);
        assertTrue(outcome.probeUnmatched > 0 && outcome.buildUnmatched > 0);
    }

    @Test
    void probeOuterJoinWithSpilling() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Outcome outcome = joinAndCheck(records(random, 20_000, 30_000), records(random, 20_000, 60_000), 16, true, false);
        assertTrue(outcome.spilledPartitions > 0);
        assertTrue(outcome.probeUnmatched > 5_000);
    }

    @Test
    void buildOuterJoinWithSpilling() throws Exception {
        SplittableRandom random = new SplittableRandom(6);
        Outcome outcome = joinAndCheck(records(random, 20_000, 60_000), records(random, 20_000, 30_000), 16, false, true);
        assertTrue(outcome.spilledPartitions > 0);
        assertTrue(outcome.buildUnmatched > 5_000);
    }

    @Test
    void fullOuterJoinWithSpilling() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        Outcome outcome = joinAndCheck(records(random, 20_000, 40_000), records(random, 20_000, 40_000), 16, true, true);
        assertTrue(outcome.spilledPartitions > 0);
    }

    @Test
    void keysSharingHashesAreToldApartInMemoryAndOnDisk() throws Exception {
        SplittableRandom random = new SplittableRandom(15);
        hashModulus = 3;
        Outcome inMemory = joinAndCheck(records(random, 1_000, 500), records(random, 1_000, 500), 64, true, true);
        assertEquals(0, inMemory.spilledPartitions);
        // three hashes for all keys: re-partitioning cannot split them, the nested loop must
        Outcome spilled = joinAndCheck(records(random, 6_000, 2_000), records(random, 3_000, 2_000), 12, true, true);
        assertTrue(spilled.nestedLoop);
    }

    @Test
    void emptyBuild() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        List<long[]> probe = records(random, 1_000, 100);
        assertEquals(0, joinAndCheck(List.of(), probe, 16, false, false).matches);
        assertEquals(1_000, joinAndCheck(List.of(), probe, 16, true, true).probeUnmatched);
    }

    @Test
    void emptyProbe() throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        List<long[]> build = records(random, 20_000, 100);
        assertEquals(0, joinAndCheck(build, List.of(), 16, false, false).matches);
        Outcome outer = joinAndCheck(build, List.of(), 16, true, true);
        assertEquals(20_000, outer.buildUnmatched);
        assertTrue(outer.spilledPartitions > 0);
    }

    @Test
    void duplicateKeysOnBothSidesGiveEveryPair() throws Exception {
        SplittableRandom random = new SplittableRandom(10);
        Outcome inMemory = joinAndCheck(records(random, 300, 10), records(random, 200, 10), 32, false, false);
        assertTrue(inMemory.matches > 300 * 200 / 10 / 2);
        Outcome spilled = joinAndCheck(records(random, 6_000, 40), records(random, 300, 40), 12, true, true);
        assertTrue(spilled.spilledPartitions > 0);
        assertTrue(spilled.matches > 6_000 * 300 / 40 / 2);
    }

    @Test
    void longRecords() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<Long> build = new ArrayList<>();
        List<Long> probe = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            if (i < 10_000) {
                build.add(random.nextLong(20_000));
            }
            probe.add(random.nextLong(20_000));
        }
        Map<Long, Integer> buildCounts = new HashMap<>();
        build.forEach(k -> buildCounts.merge(k, 1, Integer::sum));
        long expected = 0;
        for (Long k : probe) {
            expected += buildCounts.getOrDefault(k, 0);
        }
        for (int pages : new int[] {128, 10}) {
            List<MemorySegment> given = memory.allocatePages(this, pages);
            HybridHashJoin<Long, Long> join = new HybridHashJoin<>(LongSerializer.INSTANCE, new LongComparator(true),
                    LongSerializer.INSTANCE, new LongComparator(true),
                    new GenericPairComparator<>(new LongComparator(true), new LongComparator(true)), given, io, false, false);
            long[] matches = new long[1];
            try {
                for (Long k : build) {
                    join.insertBuild(k);
                }
                join.finishBuild();
                JoinVisitor<Long, Long> visitor = (b, p) -> {
                    assertEquals(b, p);
                    matches[0]++;
                };
                for (Long k : probe) {
                    join.probe(k, visitor);
                }
                join.finishProbe(visitor);
                assertEquals(pages == 10, join.getSpilledPartitions() > 0);
            } finally {
                List<MemorySegment> back = join.close();
                assertEquals(pages, back.size());
                memory.release(back);
            }
            assertEquals(expected, matches[0]);
        }
    }

    @Test
    void visitorKeepsTheObjectsItIsGiven() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        List<long[]> build = records(random, 10_000, 3_000);
        List<long[]> probe = records(random, 10_000, 3_000);
        List<long[]> keptBuild = new ArrayList<>();
        List<long[]> keptProbe = new ArrayList<>();
        List<long[]> seen = new ArrayList<>();
        List<MemorySegment> given = memory.allocatePages(this, 12);
        HybridHashJoin<long[], long[]> join = newJoin(given, false, false, false);
        try {
            long[] reused = new long[2];
            for (long[] r : build) {
                reused[0] = r[0];
                reused[1] = r[1];
                join.insertBuild(reused);
            }
            join.finishBuild();
            JoinVisitor<long[], long[]> visitor = (b, p) -> {
                keptBuild.add(b);
                keptProbe.add(p);
                seen.add(new long[] {b[0], b[1], p[0], p[1]});
            };
            for (long[] r : probe) {
                join.probe(r, visitor);
            }
            join.finishProbe(visitor);
        } finally {
            memory.release(join.close());
        }
        assertTrue(seen.size() > 1_000);
        for (int i = 0; i < seen.size(); i++) {
            assertArrayEquals(seen.get(i), new long[] {keptBuild.get(i)[0], keptBuild.get(i)[1], keptProbe.get(i)[0],
                    keptProbe.get(i)[1]});
        }
    }

    @Test
    void failingVisitorThenCloseReturnsEverythingAndDeletesFiles() throws Exception {
        SplittableRandom random = new SplittableRandom(13);
        List<long[]> build = records(random, 30_000, 20_000);
        List<long[]> probe = records(random, 30_000, 20_000);
        // fail early (during probe(), in memory) and late (during finishProbe(), on spilled pairs)
        for (int failAt : new int[] {10, 12_000}) {
            List<MemorySegment> given = memory.allocatePages(this, 16);
            HybridHashJoin<long[], long[]> join = newJoin(given, true, true, false);
            int[] calls = new int[1];
            JoinVisitor<long[], long[]> visitor = new JoinVisitor<>() {
                @Override
                public void match(long[] b, long[] p) {
                    if (++calls[0] == failAt) {
                        throw new IllegalStateException("visitor failure");
                    }
                }
            };
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                for (long[] r : build) {
                    join.insertBuild(r);
                }
                join.finishBuild();
                for (long[] r : probe) {
                    join.probe(r, visitor);
                }
                join.finishProbe(visitor);
            });
            assertEquals("visitor failure", thrown.getMessage());
            assertTrue(join.getSpilledPartitions() > 0);
            List<MemorySegment> back = join.close();
            assertEquals(16, back.size());
            assertEquals(16, back.stream().distinct().count());
            assertTrue(join.close().isEmpty(), "a second close returns nothing");
            memory.release(back);
            assertEquals(List.of(), spillFiles());
        }
    }

    @Test
    void closeDuringTheBuildAndWrongCallOrder() throws Exception {
        SplittableRandom random = new SplittableRandom(14);
        List<MemorySegment> given = memory.allocatePages(this, 10);
        HybridHashJoin<long[], long[]> join = newJoin(given, false, false, false);
        for (long[] r : records(random, 10_000, 100)) {
            join.insertBuild(r);
        }
        assertTrue(join.getSpilledPartitions() > 0);
        assertFalse(spillFiles().isEmpty());
        assertThrows(IllegalStateException.class, () -> join.probe(new long[] {1, 1}, (b, p) -> {}));
        List<MemorySegment> back = join.close();
        assertEquals(10, back.size());
        memory.release(back);
        assertThrows(IllegalStateException.class, () -> join.insertBuild(new long[] {1, 1}));
    }

    @Test
    void tooLittleMemoryIsRejected() throws Exception {
        List<MemorySegment> given = memory.allocatePages(this, HybridHashJoin.MIN_PAGES - 1);
        try {
            assertThrows(IllegalArgumentException.class, () -> newJoin(given, false, false, false));
        } finally {
            memory.release(given);
        }
    }

    // ------------------------------------------------------------------ harness

    /** What a join produced, in sorted canonical form, plus its metrics. */
    private static final class Outcome {
        long matches;
        long probeUnmatched;
        long buildUnmatched;
        int spilledPartitions;
        int maxRecursionDepth;
        boolean nestedLoop;
        int pairsFromProbeSide;
        long bytesSpilled;
        long probeSpilledAsBytes;
    }

    /** Runs the join with {@code pages} pages and compares everything it reported with the model. */
    private Outcome joinAndCheck(List<long[]> build, List<long[]> probe, int pages, boolean probeOuter, boolean buildOuter)
            throws Exception {
        JoinCheck.Recorder recorder = new JoinCheck.Recorder();
        List<MemorySegment> given = memory.allocatePages(this, pages);
        HybridHashJoin<long[], long[]> join = newJoin(given, probeOuter, buildOuter, false);
        Outcome outcome = new Outcome();
        try {
            // every other build record as its bytes, as from an exchange
            assertTrue(join.supportsSerializedBuild());
            DataOutputSerializer bytes = new DataOutputSerializer(64);
            for (int i = 0; i < build.size(); i++) {
                if (i % 2 == 0) {
                    join.insertBuild(build.get(i));
                } else {
                    bytes.clear();
                    LongPrimitiveArraySerializer.INSTANCE.serialize(build.get(i), bytes);
                    join.insertBuildSerialized(new DataInputDeserializer(bytes.getSharedBuffer(), 0, bytes.length()),
                            bytes.length());
                }
            }
            join.finishBuild();
            // and every other probe record too, once some partition spilled; the others in batches,
            // as the join driver hands over records it owns
            long[][] batch = new long[13][];
            int batched = 0;
            for (int i = 0; i < probe.size(); i++) {
                if (i % 2 == 1 && join.takesSerializedProbe()) {
                    bytes.clear();
                    LongPrimitiveArraySerializer.INSTANCE.serialize(probe.get(i), bytes);
                    long[] back = join.spillOrDeserializeProbe(
                            new DataInputDeserializer(bytes.getSharedBuffer(), 0, bytes.length()), bytes.length());
                    if (back == null) {
                        outcome.probeSpilledAsBytes++;
                    } else {
                        assertArrayEquals(probe.get(i), back);
                        join.probe(back, recorder);
                    }
                } else if (i % 3 == 0) {
                    join.probe(probe.get(i), recorder);
                } else {
                    batch[batched++] = probe.get(i);
                    if (batched == batch.length) {
                        join.probeBatch(batch, batched, recorder);
                        batched = 0;
                    }
                }
            }
            join.probeBatch(batch, batched, recorder);
            join.finishProbe(recorder);
            assertEquals(List.of(), spillFiles(), "finishProbe leaves no spill files");
            outcome.spilledPartitions = join.getSpilledPartitions();
            outcome.maxRecursionDepth = join.getMaxRecursionDepth();
            outcome.nestedLoop = join.isNestedLoopFallbackUsed();
            outcome.pairsFromProbeSide = join.getPairsJoinedFromProbeSide();
            outcome.bytesSpilled = join.getBytesSpilled();
        } finally {
            List<MemorySegment> back = join.close();
            assertEquals(pages, back.size());
            memory.release(back);
        }
        recorder.assertSameAs(JoinCheck.reference(build, probe, probeOuter, buildOuter), "join");
        outcome.matches = recorder.matches.size;
        outcome.probeUnmatched = recorder.probeUnmatched.size;
        outcome.buildUnmatched = recorder.buildUnmatched.size;
        return outcome;
    }
}

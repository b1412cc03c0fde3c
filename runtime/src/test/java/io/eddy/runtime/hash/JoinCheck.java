package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the hash join tests share: random {@code long[]{key, id}} inputs, a visitor recording what a
 * join reports in canonical form (a match as {@code buildId << 32 | probeId}, an unmatched record
 * by its id), and the reference model every result is compared with: every build record grouped by
 * key, every probe record looked up in the groups.
 */
final class JoinCheck {

    private JoinCheck() {}

    /** Records {key, id} with ids 0..n-1 and keys uniform in [0, keys). */
    static List<long[]> records(SplittableRandom random, int n, int keys) {
        List<long[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new long[] {random.nextLong(keys), i});
        }
        return out;
    }

    /** Like {@link #records}, but every other record has key -7. */
    static List<long[]> skewed(SplittableRandom random, int n, int keys) {
        List<long[]> out = records(random, n, keys);
        for (int i = 0; i < n; i += 2) {
            out.get(i)[0] = -7;
        }
        return out;
    }

    /** What the reference model says a join of {@code build} and {@code probe} reports. */
    static Recorder reference(List<long[]> build, List<long[]> probe, boolean probeOuter, boolean buildOuter) {
        Map<Long, LongList> buildIdsByKey = new HashMap<>();
        for (long[] b : build) {
            buildIdsByKey.computeIfAbsent(b[0], k -> new LongList()).add(b[1]);
        }
        Recorder expected = new Recorder();
        boolean[] buildMatched = new boolean[build.size()];
        for (long[] p : probe) {
            LongList ids = buildIdsByKey.get(p[0]);
            if (ids == null) {
                if (probeOuter) {
                    expected.probeUnmatched.add(p[1]);
                }
                continue;
            }
            for (int i = 0; i < ids.size; i++) {
                expected.matches.add(ids.values[i] << 32 | p[1]);
                buildMatched[(int) ids.values[i]] = true;
            }
        }
        for (long[] b : build) {
            if (buildOuter && !buildMatched[(int) b[1]]) {
                expected.buildUnmatched.add(b[1]);
            }
        }
        return expected;
    }

    /** Records everything a join reports; checks that matched keys are equal. */
    static final class Recorder implements JoinVisitor<long[], long[]> {
        final LongList matches = new LongList();
        final LongList probeUnmatched = new LongList();
        final LongList buildUnmatched = new LongList();

        @Override
        public void match(long[] b, long[] p) {
            assertEquals(b[0], p[0]);
            checkPadding(b);
            matches.add(b[1] << 32 | p[1]);
        }

        @Override
        public void probeWithoutMatch(long[] p) {
            probeUnmatched.add(p[1]);
        }

        @Override
        public void buildWithoutMatch(long[] b) {
            checkPadding(b);
            buildUnmatched.add(b[1]);
        }

        /** Longs past key and id, where a test adds them, are {@code id * 31 + index}: the record arrived whole. */
        private static void checkPadding(long[] record) {
            for (int i = 2; i < record.length; i++) {
                assertEquals(record[1] * 31 + i, record[i], "long " + i + " of record " + record[1]);
            }
        }

        /** Asserts that this recorded exactly what {@code expected} did, in any order. */
        void assertSameAs(Recorder expected, String context) {
            assertArrayEquals(expected.matches.sorted(), matches.sorted(), context + ": matches");
            assertArrayEquals(expected.probeUnmatched.sorted(), probeUnmatched.sorted(), context + ": probe unmatched");
            assertArrayEquals(expected.buildUnmatched.sorted(), buildUnmatched.sorted(), context + ": build unmatched");
        }
    }

    /** A growable long array, so that hundreds of thousands of matches cost no boxing. */
    static final class LongList {
        long[] values = new long[16];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}

package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Correctness and worst-case behaviour of {@link QuickSort} on inputs that break naive quicksorts. */
class QuickSortTest {

    private static final int MILLION = 1_000_000;

    /** An int array that counts comparisons. */
    private static final class IntSortable implements IndexedSortable {
        final int[] values;
        long comparisons;

        IntSortable(int[] values) {
            this.values = values;
        }

        @Override
        public int compare(int i, int j) {
            comparisons++;
            return Integer.compare(values[i], values[j]);
        }

        @Override
        public void swap(int i, int j) {
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    enum Pattern {
        RANDOM, SORTED, REVERSED, ALL_EQUAL, ORGAN_PIPE, SAWTOOTH, FEW_DISTINCT;

        int[] generate(int n, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (this) {
                    case RANDOM -> random.nextInt();
                    case SORTED -> i;
                    case REVERSED -> n - i;
                    case ALL_EQUAL -> 42;
                    case ORGAN_PIPE -> i < n / 2 ? i : n - i;
                    case SAWTOOTH -> i % 1000;
                    case FEW_DISTINCT -> random.nextInt(4);
                };
            }
            return a;
        }
    }

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void sortsAMillionIntsInNLogNComparisons(Pattern pattern) {
        // speed belongs to the benchmarks (SortThroughput); this counts comparisons, which do not depend on the machine
        int[] values = pattern.generate(MILLION, 7);
        int[] expected = values.clone();
        Arrays.sort(expected);
        IntSortable sortable = new IntSortable(values);

        QuickSort.sort(sortable);

        assertArrayEquals(expected, values);
        // log2(1M) is about 20; quadratic behaviour would be 10^12 comparisons
        assertTrue(sortable.comparisons < 3L * MILLION * 20,
                pattern + " took " + sortable.comparisons + " comparisons");
    }

    @Test
    void medianOfThreeKillerFallsBackToHeapSort() {
        // Musser's construction against median-of-three: each partition peels off only two elements
        int n = 1 << 18;
        int[] values = new int[n];
        int half = n / 2;
        for (int i = 1; i <= half; i++) {
            if (i % 2 == 1) {
                values[i - 1] = i;
                values[i] = half + i;
            }
            values[half + i - 1] = 2 * i;
        }
        int[] expected = values.clone();
        Arrays.sort(expected);
        IntSortable sortable = new IntSortable(values);
        QuickSort.sort(sortable);
        assertArrayEquals(expected, values);
        assertTrue(sortable.comparisons < 4L * n * 18, "comparisons: " + sortable.comparisons);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 16, 17, 33, 100, 1000})
    void sortsSmallInputsOfEverySize(int n) {
        for (long seed = 0; seed < 20; seed++) {
            int[] values = new SplittableRandom(seed).ints(n, 0, Math.max(1, n / 2)).toArray();
            int[] expected = values.clone();
            Arrays.sort(expected);
            QuickSort.sort(new IntSortable(values));
            assertArrayEquals(expected, values);
        }
    }

    @Test
    void sortsOnlyTheGivenRange() {
        int[] values = Pattern.RANDOM.generate(10_000, 3);
        int[] expected = values.clone();
        Arrays.sort(expected, 1000, 9000);
        QuickSort.sort(new IntSortable(values), 1000, 9000);
        assertArrayEquals(expected, values);
    }

    @Test
    void survivesAnInconsistentComparator() {
        int n = 10_000;
        SplittableRandom random = new SplittableRandom(1);
        IndexedSortable chaos = new IndexedSortable() {
            @Override
            public int compare(int i, int j) {
                return random.nextInt(3) - 1;
            }

            @Override
            public void swap(int i, int j) {
                if (i < 0 || j < 0 || i >= n || j >= n) {
                    throw new AssertionError("swap out of range: " + i + ", " + j);
                }
            }

            @Override
            public int size() {
                return n;
            }
        };
        QuickSort.sort(chaos);
    }

    @Test
    void rejectsInvalidRanges() {
        IntSortable sortable = new IntSortable(new int[10]);
        assertThrows(IllegalArgumentException.class, () -> QuickSort.sort(sortable, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> QuickSort.sort(sortable, -1, 4));
        assertEquals(10, sortable.size());
    }
}

package io.eddy.runtime.sort;

/**
 * An in-place, unstable introsort over an {@link IndexedSortable}: quicksort with a median-of-three
 * pivot (a median of three medians for long ranges), insertion sort for short ranges, and heapsort for any range whose recursion goes deeper than
 * about {@code 2 log2(n)}, so that no input (sorted, reversed, organ-pipe, crafted against the
 * pivot rule) costs more than {@code O(n log n)} comparisons.
 *
 * <p>The partition stops on elements equal to the pivot from both sides, which splits runs of equal
 * keys evenly instead of degenerating; a sort of a million equal keys is as fast as a random one.
 * Long ranges are partitioned in blocks (Edelkamp and Weiß's BlockQuicksort): the comparisons of a
 * block of {@value #BLOCK} elements with the pivot only record which ones are on the wrong side,
 * without a branch on the outcome, and the recorded elements are then swapped pairwise. On random
 * keys a branch on each comparison is mispredicted half the time, which costs more than the
 * comparison itself.
 * Index bounds are checked in the scans, so a comparator that is not a total order yields some order
 * but never an out-of-range position.
 */
public final class QuickSort {

    /** Ranges up to this length are finished by insertion sort, cheaper than partitioning them. */
    private static final int INSERTION_SORT_THRESHOLD = 16;

    /** Ranges longer than this pick their pivot as the median of three medians of three. */
    private static final int NINTHER_THRESHOLD = 128;

    /** Elements compared with the pivot before any of them is moved, in a block partition. */
    private static final int BLOCK = 64;

    /** Ranges longer than this are partitioned in blocks. */
    private static final int BLOCK_PARTITION_THRESHOLD = 4 * BLOCK;

    private QuickSort() {}

    /** Sorts positions {@code from} (inclusive) to {@code to} (exclusive) of {@code sortable}. */
    public static void sort(IndexedSortable sortable, int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("invalid range [" + from + ", " + to + ")");
        }
        if (to - from < 2) {
            return;
        }
        int depthLimit = 2 * (31 - Integer.numberOfLeadingZeros(to - from)) + 2;
        sortRange(sortable, from, to, depthLimit, new int[BLOCK], new int[BLOCK]);
    }

    /** Sorts the whole of {@code sortable}. */
    public static void sort(IndexedSortable sortable) {
        sort(sortable, 0, sortable.size());
    }

    private static void sortRange(IndexedSortable s, int lo, int hi, int depthLimit, int[] offsetsL, int[] offsetsR) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depthLimit-- == 0) {
                heapSort(s, lo, hi);
                return;
            }
            int pivot = partition(s, lo, hi, offsetsL, offsetsR);
            // recurse into the smaller side and loop on the larger: the stack stays O(log n)
            if (pivot - lo < hi - pivot - 1) {
                sortRange(s, lo, pivot, depthLimit, offsetsL, offsetsR);
                lo = pivot + 1;
            } else {
                sortRange(s, pivot + 1, hi, depthLimit, offsetsL, offsetsR);
                hi = pivot;
            }
        }
        insertionSort(s, lo, hi);
    }

    /**
     * Partitions {@code [lo, hi)} around a pivot and returns the pivot's final position: everything
     * before it orders before or with it, everything after it with or after it. The pivot is the
     * median of the first, middle and last element, or for long ranges the median of three such
     * medians (Tukey's ninther), which resists sorted, reversed and organ-pipe inputs much better.
     */
    private static int partition(IndexedSortable s, int lo, int hi, int[] offsetsL, int[] offsetsR) {
        int last = hi - 1;
        int mid = lo + ((hi - lo) >>> 1);
        int pivot;
        if (hi - lo > NINTHER_THRESHOLD) {
            int step = (hi - lo) >>> 3;
            pivot = medianOfThree(s,
                    medianOfThree(s, lo, lo + step, lo + 2 * step),
                    medianOfThree(s, mid - step, mid, mid + step),
                    medianOfThree(s, last - 2 * step, last - step, last));
        } else {
            pivot = medianOfThree(s, lo, mid, last);
        }
        // The pivot waits at lo while the rest is partitioned. Everything left of l orders before or
        // with it, everything right of r with or after it; [l, r] is still to be partitioned.
        s.swap(lo, pivot);
        int l = lo + 1;
        int r = last;
        if (hi - lo > BLOCK_PARTITION_THRESHOLD) {
            int numL = 0;
            int numR = 0;
            int startL = 0;
            int startR = 0;
            while (r - l + 1 > 2 * BLOCK) {
                if (numL == 0) {
                    // positions in [l, l + BLOCK) of elements that belong right of the pivot or with it
                    startL = 0;
                    for (int k = 0; k < BLOCK; k++) {
                        offsetsL[numL] = k;
                        numL += s.compare(l + k, lo) >= 0 ? 1 : 0;
                    }
                }
                if (numR == 0) {
                    // positions in (r - BLOCK, r] of elements that belong left of the pivot or with it
                    startR = 0;
                    for (int k = 0; k < BLOCK; k++) {
                        offsetsR[numR] = k;
                        numR += s.compare(r - k, lo) <= 0 ? 1 : 0;
                    }
                }
                int swaps = Math.min(numL, numR);
                for (int k = 0; k < swaps; k++) {
                    s.swap(l + offsetsL[startL + k], r - offsetsR[startR + k]);
                }
                numL -= swaps;
                numR -= swaps;
                startL += swaps;
                startR += swaps;
                if (numL == 0) {
                    l += BLOCK;
                }
                if (numR == 0) {
                    r -= BLOCK;
                }
            }
            // a block with unswapped elements stays inside [l, r]: the scans below look at it again
        }
        // Both scans stop on elements equal to the pivot, and the bounds keep them inside [l - 1, r + 1].
        int i = l - 1;
        int j = r + 1;
        while (true) {
            do {
                i++;
            } while (i <= r && s.compare(i, lo) < 0);
            do {
                j--;
            } while (j >= l && s.compare(j, lo) > 0);
            if (i >= j) {
                break;
            }
            s.swap(i, j);
        }
        s.swap(lo, j);
        return j;
    }

    /** The position of the median of the elements at {@code a}, {@code b} and {@code c}. */
    private static int medianOfThree(IndexedSortable s, int a, int b, int c) {
        if (s.compare(a, b) < 0) {
            if (s.compare(b, c) < 0) {
                return b;
            }
            return s.compare(a, c) < 0 ? c : a;
        }
        if (s.compare(b, c) > 0) {
            return b;
        }
        return s.compare(a, c) > 0 ? c : a;
    }

    private static void insertionSort(IndexedSortable s, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && s.compare(j - 1, j) > 0; j--) {
                s.swap(j - 1, j);
            }
        }
    }

    private static void heapSort(IndexedSortable s, int lo, int hi) {
        int n = hi - lo;
        for (int root = (n >>> 1) - 1; root >= 0; root--) {
            siftDown(s, lo, root, n);
        }
        for (int end = n - 1; end > 0; end--) {
            s.swap(lo, lo + end);
            siftDown(s, lo, 0, end);
        }
    }

    /** Restores the max-heap below {@code root} in the heap of {@code n} elements starting at {@code base}. */
    private static void siftDown(IndexedSortable s, int base, int root, int n) {
        while (true) {
            int child = 2 * root + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && s.compare(base + child, base + child + 1) < 0) {
                child++;
            }
            if (s.compare(base + root, base + child) >= 0) {
                return;
            }
            s.swap(base + root, base + child);
            root = child;
        }
    }
}

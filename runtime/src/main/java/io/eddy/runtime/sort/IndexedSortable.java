package io.eddy.runtime.sort;

/**
 * A sequence that can be sorted in place by position alone: the sorting algorithm
 * ({@link QuickSort}) never sees the elements, only asks to compare and swap them. This lets a
 * sorter keep its elements in any layout (an index in memory pages, a primitive array) and decide
 * itself what a swap moves.
 */
public interface IndexedSortable {

    /**
     * Compares the elements at positions {@code i} and {@code j}: negative, zero or positive as the
     * first orders before, with or after the second.
     */
    int compare(int i, int j);

    /** Exchanges the elements at positions {@code i} and {@code j}. */
    void swap(int i, int j);

    /** The number of elements, positions {@code 0 .. size() - 1}. */
    int size();
}

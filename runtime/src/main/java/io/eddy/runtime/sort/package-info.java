/**
 * In-memory sorting and merging of records kept as bytes in pages of managed memory: the building
 * blocks of sort-based local strategies (sort-partition, sort-merge join, sorted grouping).
 *
 * <p>{@link io.eddy.runtime.sort.NormalizedKeySorter} collects serialized records in a list of
 * {@link io.eddy.runtime.memory.MemorySegment} pages together with an index of normalized-key
 * prefixes, so that {@link io.eddy.runtime.sort.QuickSort} mostly compares and swaps a few bytes
 * instead of records. A full sorter is sorted and written out as a run
 * ({@link io.eddy.runtime.sort.InMemorySorter#writeToOutput}); {@link io.eddy.runtime.sort.MergeIterator}
 * merges sorted runs.
 *
 * <p>What must not live here: spill files and their readers ({@code io.eddy.runtime.io.disk}), the
 * threads and memory budgeting of an external sort, and anything that knows user functions or the
 * DataSet API. Classes here are single-threaded; each sort gets its own sorter.
 */
package io.eddy.runtime.sort;

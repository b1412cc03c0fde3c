/**
 * Sorting, grouping and merging of records kept as bytes in pages of managed memory: the building
 * blocks of sort-based local strategies (sort-partition, sort-merge join, coGroup, sorted grouping
 * and reduction), usable by any operator that knows no user function.
 *
 * <p>{@link io.eddy.runtime.sort.NormalizedKeySorter} collects serialized records in a list of
 * {@link io.eddy.runtime.memory.MemorySegment} pages together with an index of normalized-key
 * prefixes, so that {@link io.eddy.runtime.sort.QuickSort} mostly compares and swaps a few bytes
 * instead of records. {@link io.eddy.runtime.sort.ExternalSorter} writes full sorters out as runs
 * and {@link io.eddy.runtime.sort.MergeIterator} merges them. Operators use them through
 * {@link io.eddy.runtime.sort.RecordSorter}: external (spilling), in-memory (for combiners that drain
 * when full), or {@link io.eddy.runtime.sort.PresortedRecordBuffer} for input the plan says arrives
 * sorted already. {@link io.eddy.runtime.sort.KeyGroupedIterator} splits a sorted stream into
 * groups of one key and {@link io.eddy.runtime.sort.GroupMerger} walks two such streams key by key.
 *
 * <p>What must not live here: spill file channels and their readers ({@code io.eddy.runtime.io.disk}),
 * and anything that knows user functions or the DataSet API (the exception a second traversal of a
 * group throws is supplied by the caller). Classes here are single-threaded; each sort gets its own
 * sorter.
 */
package io.eddy.runtime.sort;

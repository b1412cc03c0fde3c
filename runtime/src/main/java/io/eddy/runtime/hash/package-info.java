/**
 * Hash tables over serialized records in managed memory: the per-key state of hash-based
 * reduce/aggregate/distinct/combine operators and, later, the solution set of delta iterations.
 *
 * <p>{@link io.eddy.runtime.hash.InPlaceMutableHashTable} keeps records as bytes in pages it was
 * given, updates them in place and reports "full" instead of spilling: whether to emit, spill or
 * fail is the calling operator's decision. Everything here works on
 * {@link io.eddy.runtime.types.TypeSerializer}s and {@link io.eddy.runtime.types.TypeComparator}s
 * only; user functions reach it through {@link io.eddy.runtime.hash.RecordReducer}, implemented by
 * drivers in the API module. Nothing here allocates memory from the
 * {@link io.eddy.runtime.memory.MemoryManager} or touches disk.
 */
package io.eddy.runtime.hash;

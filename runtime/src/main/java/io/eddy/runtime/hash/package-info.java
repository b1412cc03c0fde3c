/**
 * Hashing over serialized records in managed memory: the per-key state of hash-based
 * reduce/aggregate/distinct/combine operators (and later the solution set of delta iterations), and
 * the hybrid hash join.
 *
 * <p>{@link io.eddy.runtime.hash.InPlaceMutableHashTable} keeps records as bytes in pages it was
 * given, updates them in place (through a {@link io.eddy.runtime.hash.RecordReducer} on objects, or
 * an {@link io.eddy.runtime.hash.InPlaceUpdater} on bytes) and reports "full" instead of spilling:
 * whether to emit, spill or fail is the calling operator's decision.
 * {@link io.eddy.runtime.hash.HybridHashJoin} partitions its build side, spills partitions through
 * the {@link io.eddy.runtime.io.disk.IOManager} when its pages run out and joins them recursively;
 * its results reach the operator through a {@link io.eddy.runtime.hash.JoinVisitor}. Created
 * re-openable, it keeps its build side after a probe pass and can be probed again, pass after pass:
 * the loop-invariant build side of an iteration is built once, not once per superstep.
 *
 * <p>Everything here works on {@link io.eddy.runtime.types.TypeSerializer}s and
 * {@link io.eddy.runtime.types.TypeComparator}s only; user functions are adapted by drivers in the
 * API module. Nothing here allocates from the {@link io.eddy.runtime.memory.MemoryManager}: the
 * caller hands in pages and gets every one of them back from {@code close()}.
 */
package io.eddy.runtime.hash;

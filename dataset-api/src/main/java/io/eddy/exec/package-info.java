/**
 * Drivers: the runtime {@link io.eddy.runtime.operator.Operator}s that run DataSet user functions,
 * one class per function kind and strategy ({@code MapDriver}, {@code JoinDriver}, ...), each with a
 * serializable nested {@code Factory} record that the plan translator puts into the job graph.
 *
 * <h2>Wiring</h2>
 * Every factory takes a {@link io.eddy.exec.DriverConfig}: the user function, the execution config,
 * the {@code withParameters} configuration and one serializer per input. Regular inputs are numbered
 * from 0 (input 0 is the first / left input of two-input drivers); broadcast set {@code i} arrives on
 * input {@code numRegularInputs + i}. {@link io.eddy.exec.UdfDriver} holds what all drivers share:
 * the rich-function lifecycle, broadcast sets (the function opens once they are all complete; earlier
 * regular records wait in a buffer), copying under object reuse, and the collector.
 *
 * <h2>Memory</h2>
 * Drivers that keep records (sorts, hash aggregation, hash joins) declare a managed memory weight in
 * their factory, allocate their share in {@code setup()} and return it in {@code closeDriver()};
 * records live serialized in those pages and spill through the task's I/O manager. The algorithms
 * belong in the runtime ({@code io.eddy.runtime.sort}, {@code io.eddy.runtime.hash}); this package
 * only adapts them ({@code RecordSorter}s, {@code GroupMerger}, {@code ManagedReduceTable}) to user functions and
 * must not be imported by the runtime.
 *
 * <h2>Threads</h2>
 * Drivers run on the task thread, except the functions that consume a whole partition as one
 * Iterable (map partition, non-keyed group reduce and group combine): they run on a helper thread
 * fed through a bounded hand-off and emit from it ({@code PartitionHandoff} documents the protocol).
 */
package io.eddy.exec;

/**
 * Input splits: the contract between a source and the master. An
 * {@link io.eddy.runtime.io.InputSplitSource} carried by the job graph creates a vertex's
 * {@link io.eddy.runtime.io.InputSplit}s on the master and the {@link io.eddy.runtime.io.InputSplitAssigner}
 * that hands them out ({@link io.eddy.runtime.io.DefaultInputSplitAssigner}: first come, first
 * served); each source subtask pulls its next split through an {@link io.eddy.runtime.io.InputSplitProvider}
 * one request at a time, so fast subtasks read more. {@link io.eddy.runtime.io.HostNames} is how
 * locality compares host names (the assigners, the coordinator's counts and the slot choice agree
 * through it), and {@link io.eddy.runtime.io.InputSplitLocality} how many of a job's splits were read
 * where they are stored.
 *
 * <p>Only these interfaces, the default assigner and those two live here: what a split contains and how it is
 * read belongs to the input formats of the DataSet layer ({@code io.eddy.api.io}), which the runtime
 * must not import. Spill files and I/O threads are in {@code io.eddy.runtime.io.disk}.
 */
package io.eddy.runtime.io;

/**
 * Input splits: the contract between a source and the master. An
 * {@link io.eddy.runtime.io.InputSplitSource} carried by the job graph creates a vertex's
 * {@link io.eddy.runtime.io.InputSplit}s on the master and the {@link io.eddy.runtime.io.InputSplitAssigner}
 * that hands them out ({@link io.eddy.runtime.io.DefaultInputSplitAssigner}: first come, first
 * served); each source subtask pulls its next split through an {@link io.eddy.runtime.io.InputSplitProvider}
 * one request at a time, so fast subtasks read more.
 *
 * <p>Only these interfaces and the default assigner live here: what a split contains and how it is
 * read belongs to the input formats of the DataSet layer ({@code io.eddy.api.io}), which the runtime
 * must not import. Spill files and I/O threads are in {@code io.eddy.runtime.io.disk}.
 */
package io.eddy.runtime.io;

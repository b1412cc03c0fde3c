package io.eddy.api.io;

/**
 * Marks an input format that can only run with parallelism 1 (e.g. one over a Java collection or
 * iterator); the DataSet layer enforces it.
 */
public interface NonParallelInput {}

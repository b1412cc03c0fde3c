package io.eddy.api.functions;

/** Picks a partition for a key in custom partitioning. */
@FunctionalInterface
public interface Partitioner<K> extends Function {

    int partition(K key, int numPartitions);
}

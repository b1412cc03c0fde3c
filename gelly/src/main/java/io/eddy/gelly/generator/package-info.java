/**
 * Graph generators, as Flink 1.17 Gelly's {@code org.apache.flink.graph.generator}: each builds a
 * {@code Graph<LongValue, NullValue, NullValue>} with vertex ids {@code 0..n-1} from a parallel
 * sequence source, so no generator holds O(n) data in the driver. Undirected generators emit each
 * edge in both directions.
 */
package io.eddy.gelly.generator;

/**
 * Gelly, the graph API of Flink 1.17 (after the import rewrite, {@code org.apache.flink.graph.*} is
 * {@code io.eddy.gelly.*}): a {@link io.eddy.gelly.Graph} is a DataSet of {@link io.eddy.gelly.Vertex}
 * and one of {@link io.eddy.gelly.Edge}, created from DataSets, collections or CSV files
 * ({@link io.eddy.gelly.GraphCsvReader}), transformed, mutated, combined, validated and reduced over
 * neighborhoods; {@code generator} makes standard graphs, {@code asm.translate} translates ids and
 * values. Built only on the public DataSet API and its iterations; nothing here touches the runtime
 * directly. The iteration models and the algorithm library come with the rest of the Gelly issue.
 */
package io.eddy.gelly;

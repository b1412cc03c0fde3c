/**
 * Triangles and clustering coefficients of undirected graphs, whose edges Gelly stores in both
 * directions. Vertex ids must be comparable {@link io.eddy.api.types.CopyableValue}s (such as
 * {@code LongValue}), as in Flink.
 */
package io.eddy.gelly.library.clustering.undirected;

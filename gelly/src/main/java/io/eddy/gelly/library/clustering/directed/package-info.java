/**
 * Triangles and clustering coefficients of directed graphs. A triangle is three vertices pairwise
 * joined by an edge in at least one direction; its edge directions are kept in a bitmask. Vertex ids
 * must be comparable {@link io.eddy.api.types.CopyableValue}s (such as {@code LongValue}), as in Flink.
 */
package io.eddy.gelly.library.clustering.directed;

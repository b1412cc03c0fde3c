/**
 * Triangles and clustering coefficients, in an {@code undirected} and a {@code directed} flavour as
 * in Flink's Gelly; this package holds what both share.
 */
package io.eddy.gelly.library.clustering;

/**
 * Graph metrics computed as {@link io.eddy.gelly.GraphAnalytic}s: vertex, edge, triplet and degree
 * statistics, for {@code undirected} and {@code directed} graphs. This package holds their shared
 * edge statistics.
 */
package io.eddy.gelly.library.metric;

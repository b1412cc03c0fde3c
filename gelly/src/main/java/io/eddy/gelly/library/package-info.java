/**
 * Gelly's algorithm library: connected components, shortest paths, PageRank, label propagation,
 * community detection, triangles, clustering coefficients, similarity, HITS and summarization,
 * each a {@link io.eddy.gelly.GraphAlgorithm} or {@link io.eddy.gelly.GraphAnalytic} run on a
 * {@link io.eddy.gelly.Graph}. Algorithms grouped by subject live in sub-packages as in Flink's
 * Gelly ({@code clustering}, {@code linkanalysis}, {@code metric}, {@code similarity}).
 */
package io.eddy.gelly.library;

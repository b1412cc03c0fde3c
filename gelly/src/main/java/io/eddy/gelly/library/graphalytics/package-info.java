/**
 * The six algorithms of the LDBC Graphalytics benchmark (BFS, PageRank, WCC, CDLP, LCC, SSSP), exactly
 * as its specification defines them, with readers for its input files (EVLP vertex and edge files,
 * and the older adjacency lists) and a writer for its {@code vertexId value} result files; the
 * {@code eddy graph} command ({@link io.eddy.gelly.command.GraphCommand}) runs them.
 *
 * <p>Each algorithm is a {@link io.eddy.gelly.GraphAlgorithm} over a graph with {@code Long} vertex
 * ids and returns a {@code DataSet} of {@code (vertex, value)} pairs that holds every vertex of the
 * graph, isolated ones included. A {@code directed} flag says how to read the edges: an undirected
 * graph lists each edge once, in either direction, and the algorithms use it both ways (as the
 * benchmark's {@code .e} files do). The definitions that are easy to get wrong (PageRank's sink
 * redistribution, CDLP's separate in- and out-neighbour counts, LCC's mixed use of direction) are
 * spelled out on each class.
 */
package io.eddy.gelly.library.graphalytics;

/**
 * Graph algorithms as native iterations: PageRank and the naive transitive closure as bulk
 * iterations ended by a termination criterion, connected components as a delta iteration whose
 * workset is the vertices that changed. Each comes with a data class holding its generated default
 * graph and a plain-Java reference (power iteration, breadth-first search, union-find) that the
 * tests compare it with. Only the public DataSet API.
 */
package io.eddy.examples.graph;

/**
 * Gelly's gather-sum-apply model: in every superstep each vertex gathers a value from each
 * neighbour that changed ({@link io.eddy.gelly.gsa.GatherFunction}), the values are summed pairwise
 * ({@link io.eddy.gelly.gsa.SumFunction}, which may run before the shuffle) and the sum may update
 * the vertex ({@link io.eddy.gelly.gsa.ApplyFunction}). It runs as a delta iteration whose edges,
 * being loop-invariant, are hashed once and probed by the changed vertices every superstep.
 */
package io.eddy.gelly.gsa;

/**
 * The logical plan: one immutable {@link io.eddy.plan.LogicalNode} per DataSet API call, with its types,
 * keys ({@link io.eddy.plan.KeySpec}), user function, hints and declared
 * {@link io.eddy.plan.SemanticProperties}; iterations as placeholder nodes, their step function and an
 * iteration node carrying an {@link io.eddy.plan.IterationInfo}. The API builds it; the optimizer reads
 * it. No physical choice (shipping, sorting, hashing, parallelism defaults) is made or recorded here,
 * and nothing here imports the optimizer, the compiler or the drivers.
 */
package io.eddy.plan;

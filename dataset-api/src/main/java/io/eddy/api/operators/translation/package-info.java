/**
 * Engine internals of the operators, never used by programs (Flink marks its package of this name
 * {@code @Internal}): the functions behind built-in operators ({@code FirstReducer},
 * {@code SelectByMinFunction}/{@code SelectByMaxFunction}, {@code AggregatingReduceFunction},
 * {@code DistinctReducer}, the default join/cross pairing and the projections of
 * {@link io.eddy.api.operators.translation.ProjectionFunctions} with their
 * {@link io.eddy.api.operators.translation.TupleProjection}), the group order of {@code sortGroup}
 * calls ({@link io.eddy.api.operators.translation.GroupOrder}), the helpers operators use to describe
 * themselves to the plan ({@link io.eddy.api.operators.translation.Translation},
 * {@link io.eddy.api.operators.translation.UdfConfig}, {@link io.eddy.api.operators.translation.CallSites},
 * {@link io.eddy.api.operators.translation.Serialization}), range and custom partitioning
 * ({@code RangePartitioning}, {@code CustomPartitionerSelector}) and the eager {@code collect()} and
 * {@code count()} ({@code CollectHelper}).
 *
 * <p>Nothing here is part of the Flink-compatible API: programs never import it, so it may change with
 * the plan translation. Drivers that run user functions belong in {@code io.eddy.exec}, planning
 * decisions in {@code io.eddy.plan} and {@code io.eddy.compiler}, and user-facing types in
 * {@code io.eddy.api.operators}.
 */
package io.eddy.api.operators.translation;

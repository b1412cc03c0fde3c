/**
 * The operators a DataSet program builds (Flink's {@code org.apache.flink.api.java.operators}): each
 * transformation's result is a {@link io.eddy.api.DataSet} subclass here ({@code MapOperator},
 * {@code JoinOperator} with {@code DefaultJoin}/{@code EquiJoin}/{@code ProjectJoin},
 * {@code CrossOperator}, {@code CoGroupOperator}, {@code ProjectOperator}, sources and sinks, ...)
 * that can be configured further ({@code name}, {@code setParallelism}, {@code withBroadcastSet},
 * {@code returns}), the intermediate builder steps ({@link io.eddy.api.operators.UnsortedGrouping},
 * {@link io.eddy.api.operators.SortedGrouping}, the {@code where}/{@code equalTo} sets),
 * {@link io.eddy.api.operators.Keys} and {@link io.eddy.api.operators.Order}, and the iterations:
 * {@link io.eddy.api.operators.IterativeDataSet} with {@code BulkIterationResultSet}, and
 * {@link io.eddy.api.operators.DeltaIteration} (its solution-set and workset placeholders) with
 * {@code DeltaIterationResultSet}. An iteration's result set translates the whole loop; its
 * placeholders reached any other way are a program error.
 *
 * <p>The public and protected signatures follow Flink 1.17 exactly, including which methods are
 * generic: a projection's tuple type, for instance, is a type parameter of {@code projectFirst}, so
 * the assignment target decides it. Each operator describes itself to the plan in
 * {@code translateNode}, through the helpers of {@code io.eddy.api.operators.translation} and
 * {@code io.eddy.compiler}; the drivers that run user functions ({@code io.eddy.exec}) and the
 * algorithms behind them (the runtime) do not belong here, and nothing a Flink program cannot see
 * should appear in a public signature that Flink also has.
 */
package io.eddy.api.operators;

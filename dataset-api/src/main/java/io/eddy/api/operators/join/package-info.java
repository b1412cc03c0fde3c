/**
 * The steps of a join definition shared by inner and outer joins (Flink's
 * {@code org.apache.flink.api.java.operators.join}): {@link io.eddy.api.operators.join.JoinOperatorSetsBase}
 * with {@code where} and {@code equalTo}, the {@link io.eddy.api.operators.join.JoinFunctionAssigner}
 * that an outer join must end with ({@code with(JoinFunction)} or {@code with(FlatJoinFunction)}), and
 * {@link io.eddy.api.operators.join.JoinType}.
 *
 * <p>These classes only collect keys, hint and join type and then create a
 * {@link io.eddy.api.operators.JoinOperator}; the operator itself, its translation and the join
 * algorithms are elsewhere ({@code io.eddy.api.operators}, {@code io.eddy.exec}, the runtime).
 */
package io.eddy.api.operators.join;

/**
 * Holders of the enums that Flink programs import from {@code org.apache.flink.api.common.operators.base}:
 * {@code JoinOperatorBase.JoinHint}, {@code CrossOperatorBase.CrossHint},
 * {@code OuterJoinOperatorBase.OuterJoinType}, {@code PartitionOperatorBase.PartitionMethod} and
 * {@code ReduceOperatorBase.CombineHint}, at the paths port-from-flink.sed rewrites those imports to.
 *
 * <p>Only these uninstantiable holders and their enums belong here. Flink's classes of the same names
 * are operators of its common-API plan layer, which Eddy does not have: operators live in
 * {@code io.eddy.api.operators}, plan nodes in {@code io.eddy.plan}.
 */
package io.eddy.api.operators.base;

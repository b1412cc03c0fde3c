/**
 * The optimizer: turns a {@link io.eddy.plan.LogicalPlan} into a {@link io.eddy.optimizer.PhysicalPlan}
 * of {@link io.eddy.optimizer.PlanNode}s, each with its {@link io.eddy.exec.DriverStrategy} and, per input,
 * a {@link io.eddy.optimizer.Channel} (ship strategy, local strategy, pipelined or blocking). Estimates,
 * interesting properties (partitioning reused through forwarded fields), cost-based choices and the
 * placement of pipeline breakers live here. Nothing here creates drivers, serializers for shipping, or
 * job graphs: that is the compiler's; and nothing here runs.
 */
package io.eddy.optimizer;

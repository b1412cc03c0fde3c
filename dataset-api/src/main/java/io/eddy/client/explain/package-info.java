/**
 * Showing execution plans to people. {@code ExecutionEnvironment.getExecutionPlan()} describes a
 * plan as JSON in the shape of Flink's plan JSON; this package reads that JSON
 * ({@link io.eddy.client.explain.PlanGraph}) and presents it as an indented text tree for the terminal
 * ({@link io.eddy.client.explain.PlanTree}) or as a self-contained HTML page that draws the plan's
 * graph ({@link io.eddy.client.explain.PlanHtml}). {@code eddy plan} uses both.
 *
 * <p>Everything here reads the JSON leniently: the optimizer adds fields over time (chains, estimates,
 * exchange modes), so a missing optional field is shown as absent, never an error.
 */
package io.eddy.client.explain;

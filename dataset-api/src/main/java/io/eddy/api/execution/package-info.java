/**
 * The seam between the DataSet API and whatever runs its programs: {@link io.eddy.api.execution.PlanExecutor},
 * found through {@link java.util.ServiceLoader}. Environments hand a logical plan across it. Nothing in
 * the API may import the optimizer, the compiler, the drivers or an executor directly; they plug in here.
 */
package io.eddy.api.execution;

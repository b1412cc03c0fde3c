/**
 * The entry points of the DataSet API (Flink's {@code org.apache.flink.api.java} and
 * {@code api.common}, after port-from-flink.sed): {@link io.eddy.api.DataSet} with every
 * transformation, {@link io.eddy.api.ExecutionEnvironment} and {@link io.eddy.api.LocalEnvironment}
 * (sources, sinks, {@code execute}), {@link io.eddy.api.ExecutionConfig},
 * {@link io.eddy.api.JobExecutionResult} and {@link io.eddy.api.JobID}, the
 * {@link io.eddy.api.ClosureCleaner} and {@link io.eddy.api.InvalidProgramException}.
 *
 * <p>Public signatures here are Flink 1.17's, type parameters, bounds and wildcards included, so a
 * Flink program compiles unchanged after its imports are rewritten (ApiSignatureCompatibilityTest and
 * ApiInferenceCompatibilityTest hold them to that). Methods only create operators
 * ({@code io.eddy.api.operators}); planning, compiling and running belong to {@code io.eddy.plan},
 * {@code io.eddy.compiler} and {@code io.eddy.client}, and engine helpers to
 * {@code io.eddy.api.operators.translation}, not here.
 */
package io.eddy.api;

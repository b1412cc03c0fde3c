/**
 * End-to-end benchmarks: deterministic data generators, hand-written plain-Java baselines, the Eddy
 * runners ({@link io.eddy.benchmarks.EddyJobs}, {@code EddyJoinJobs}, {@code EddyIterationJobs}: sed
 * ports of the Flink runner's programs) and the drivers that run every engine in its own JVM
 * ({@link io.eddy.benchmarks.BenchmarkMain}, {@code JoinBenchmarks}, {@code IterationBenchmarks}). Code
 * that only Eddy can run, such as printing its superstep statistics ({@code EddyIterationRunner}), lives
 * beside the ports, never in them.
 */
package io.eddy.benchmarks;

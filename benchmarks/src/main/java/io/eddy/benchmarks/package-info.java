/**
 * End-to-end benchmarks: deterministic data generators, hand-written plain-Java baselines, the Eddy
 * runner ({@link io.eddy.benchmarks.EddyJobs}, a sed port of the Flink runner's programs) and the
 * driver {@link io.eddy.benchmarks.BenchmarkMain} that runs every engine in its own JVM.
 */
package io.eddy.benchmarks;
